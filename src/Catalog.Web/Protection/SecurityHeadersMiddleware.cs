using Catalog.Web.Access;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Protection;

/// <summary>
/// Security headers on every response: no sniffing, no framing, no referrer leaving the site, and on Catalog's own
/// pages a content security policy that allows only Catalog's own scripts, styles and connections (everything is
/// served locally: intranets are offline). The API reference and the Orleans dashboard bring their own inline
/// scripts and get the other headers only.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<AuthOptions> auth)
{
    private readonly string contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" +
        (auth.Value.Oidc.Enabled && Uri.TryCreate(auth.Value.Oidc.Authority, UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : "");

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!path.StartsWithSegments("/api-docs") && !path.StartsWithSegments("/dashboard") && !path.StartsWithSegments("/scalar"))
            {
                headers.ContentSecurityPolicy = contentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
