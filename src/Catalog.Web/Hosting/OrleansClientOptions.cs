namespace Catalog.Web.Hosting;

/// <summary>Where the web tier finds the silo. Bound from the "Orleans" configuration section.</summary>
public sealed class OrleansClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Must match the silo's. Default "catalog-dev".</summary>
    public string ClusterId { get; set; } = "catalog-dev";

    /// <summary>Must match the silo's. Default "catalog".</summary>
    public string ServiceId { get; set; } = "catalog";

    /// <summary>The silo's gateway port. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How long to keep retrying the first connection while the silo starts. Default 2 minutes.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
