namespace Catalog.Web.Access;

/// <summary>
/// Sends a browser that is not signed in from a page to the sign-in page, returning it where it was going after.
/// Pages hold no data (their scripts fetch it from the API, which checks every call), but nobody should meet an
/// empty shell that only fails.
/// </summary>
internal sealed class PageGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsPage(context.Request.Path) && context.User.Identity?.IsAuthenticated != true)
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{SignInEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsPage(PathString path) =>
        path == "/" || (path.Value is { } value && value.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
}
