namespace Catalog.Silo;

/// <summary>How the silo joins its cluster. Bound from the "Orleans" configuration section.</summary>
public sealed class CatalogSiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Silos and clients with the same cluster id form one cluster. Default "catalog-dev".</summary>
    public string ClusterId { get; set; } = "catalog-dev";

    /// <summary>Names the deployment's durable data (part of every stored key); never change it. Default "catalog".</summary>
    public string ServiceId { get; set; } = "catalog";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port the web tier (an Orleans client) connects to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos and the web tier reach this silo at, written to the membership table. Default
    /// 127.0.0.1 (one machine); on real hosts, the host's own address on the cluster network.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Listen on every interface (true) or only on <see cref="AdvertisedAddress"/> (false, the default): behind NAT or
    /// in containers the advertised address is not a local one.
    /// </summary>
    public bool ListenOnAnyAddress { get; set; }
}
