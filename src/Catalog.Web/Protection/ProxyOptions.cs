namespace Catalog.Web.Protection;

/// <summary>
/// The reverse proxies in front of the web tier (section <see cref="Section"/>). Only requests arriving from one of
/// them may say, in X-Forwarded-For and X-Forwarded-Proto, who the caller is and whether they used HTTPS; the audit
/// trail's "from where", the sign-in rate limit and the sign-in's redirect address then use the caller's. With none
/// configured the headers are ignored, so nobody can forge their address by sending them.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog:Proxies";

    /// <summary>The proxies' addresses, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies a request passes through, each adding an address. Default 1.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when at least one proxy or network is configured.</summary>
    public bool Configured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
