namespace Catalog.Web.Hosting;

/// <summary>
/// How the web tier finds the cluster: its gateways are read from the membership table in the account of the
/// "Tables" connection string. Bound from the "Orleans" configuration section (the silo's own keys there, such as
/// its ports, are not read here).
/// </summary>
public sealed class OrleansClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Must match the silos'. Default "catalog-dev".</summary>
    public string ClusterId { get; set; } = "catalog-dev";

    /// <summary>Must match the silos'. Default "catalog".</summary>
    public string ServiceId { get; set; } = "catalog";

    /// <summary>The configuration key of the membership table, shared with the silos.</summary>
    public const string ClusterTableKey = "Storage:ClusterTable";

    /// <summary>The membership table the silos write, read from <see cref="ClusterTableKey"/>. Default "CatalogSilos".</summary>
    public string ClusterTable { get; set; } = "CatalogSilos";

    /// <summary>How long to keep retrying the first connection while the silos start. Default 2 minutes.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a grain call may take before the web tier gives up and answers 503 with Retry-After. A call in flight
    /// to a silo that dies is answered by nobody (the cluster takes 7 to 15 s to declare the silo dead), so this is
    /// how long such a call waits: a few seconds, not Orleans' 30. Calls known to take longer (audit searches)
    /// carry their own limit. Default 5 seconds.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
