namespace Catalog.Web.Protection;

/// <summary>Wires the protections that are not about who the caller is: size limits, rate limits, security headers, HSTS.</summary>
public static class ProtectionHostingExtensions
{
    /// <summary>The largest request body accepted (a service entry with every field full fits well below). 1 MiB.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The largest SignalR message a browser may send (hub calls carry two short strings). 32 KiB.</summary>
    public const long MaxHubMessageBytes = 32 * 1024;

    /// <summary>Registers the limits and the rate limiter.</summary>
    public static WebApplicationBuilder AddCatalogProtection(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.AddCatalogRateLimits();
        return builder;
    }

    /// <summary>Security headers on every response, and HSTS outside Development.</summary>
    public static WebApplication UseCatalogSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
