using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Catalog.Web.Protection;

/// <summary>Trusts the forwarded headers of the reverse proxies named in <see cref="ProxyOptions"/>, and only theirs.</summary>
public static class ProxyHostingExtensions
{
    /// <summary>Reads and checks <see cref="ProxyOptions"/>; a malformed address stops start-up naming the setting.</summary>
    public static WebApplicationBuilder AddCatalogProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new();
        if (!proxies.Configured)
        {
            return builder;
        }

        // Parsed now, not at the first request: a typo must stop the deployment, not silently trust nobody.
        var addresses = proxies.KnownProxies.Select((text, i) => IPAddress.TryParse(text?.Trim(), out var address)
            ? address
            : throw new InvalidOperationException(
                $"{ProxyOptions.Section}:{nameof(ProxyOptions.KnownProxies)}:{i} = '{text}' is not an IP address (e.g. 10.0.0.5).")).ToList();
        var networks = proxies.KnownNetworks.Select((text, i) => System.Net.IPNetwork.TryParse(text?.Trim(), out var network)
            ? network
            : throw new InvalidOperationException(
                $"{ProxyOptions.Section}:{nameof(ProxyOptions.KnownNetworks)}:{i} = '{text}' is not a network in CIDR notation (e.g. 10.0.0.0/24).")).ToList();
        if (proxies.ForwardLimit is < 1 or > 10)
        {
            throw new InvalidOperationException($"{ProxyOptions.Section}:{nameof(ProxyOptions.ForwardLimit)} must be between 1 and 10.");
        }

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxies.ForwardLimit;
            // The defaults trust loopback; only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            addresses.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return builder;
    }

    /// <summary>Applies the forwarded headers first, so everything after sees the caller's address and scheme.</summary>
    public static WebApplication UseCatalogProxies(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new();
        if (proxies.Configured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
