namespace Catalog;

/// <summary>
/// Names of the grain storage providers. They become part of table keys: never rename one.
/// </summary>
public static class StorageNames
{
    /// <summary>Catalogue, requests, agreements: the platform's own state.</summary>
    public const string Catalog = "catalog";

    /// <summary>Requests: their own store, one row per request in its provider's partition (docs/requests-write-path.md).</summary>
    public const string Requests = "requests";

    /// <summary>Orleans stream subscriptions.</summary>
    public const string PubSub = "PubSubStore";
}
