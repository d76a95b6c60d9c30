namespace Catalog.Web.Access;

/// <summary>Tells API and hub calls (answered with status codes and problem details) from page navigations (redirected to sign in).</summary>
internal static class ApiRequests
{
    /// <summary>Whether <paramref name="request"/> is for the API or the live hub.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs");

    /// <summary>Writes a problem details response with <paramref name="status"/>.</summary>
    public static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
