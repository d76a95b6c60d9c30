using Microsoft.AspNetCore.Antiforgery;

namespace Catalog.Web.Access;

/// <summary>
/// Refuses an API call that changes something on the strength of the sign-in cookie alone: it must also carry the
/// anti-forgery token (header <see cref="AccessHostingExtensions.AntiforgeryHeader"/>, from GET /api/me), which
/// another site cannot read. Calls with a bearer token carry no ambient credential and need none.
/// </summary>
internal sealed class ApiAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && context.User.Identity?.IsAuthenticated == true
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await ApiRequests.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Missing or invalid anti-forgery token.",
                $"Send the token from GET /api/me in the {AccessHostingExtensions.AntiforgeryHeader} header.");
            return;
        }

        await next(context);
    }
}
