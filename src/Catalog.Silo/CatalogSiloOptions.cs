namespace Catalog.Silo;

/// <summary>How the silo joins its cluster. Bound from the "Orleans" configuration section.</summary>
public sealed class CatalogSiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Silos and clients with the same cluster id talk to each other. Default "catalog-dev".</summary>
    public string ClusterId { get; set; } = "catalog-dev";

    /// <summary>Names the deployment's durable data; keep it stable across deployments. Default "catalog".</summary>
    public string ServiceId { get; set; } = "catalog";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port the web tier (an Orleans client) connects to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;
}
