using Catalog.Storage.Tables;

namespace Catalog.Storage.Requests;

/// <summary>
/// Where the request store keeps a request and a filing key. A request's partition is its id's prefix (the provider
/// department that filed it, upper-cased: "IT" for "IT-000123"), derived from the grain key alone, so a provider's
/// concurrent writes share transactions; it never changes, even when the request is transferred. The row is the id.
/// A filing key's row is <c>key|</c> and the escaped key in the same partition, so it is inserted in the same
/// transaction as the request's first write. Request ids hold only upper-case letters, digits and dashes, so neither
/// <c>key|</c> rows nor the <c>~</c> partition of the migration marker can meet one.
/// </summary>
public static class RequestStoreKeys
{
    /// <summary>The prefix of filing-key rows.</summary>
    public const string KeyRowPrefix = "key" + "|";

    /// <summary>The partition of the store's own marker rows.</summary>
    public const string MarkerPartition = "~catalog-migrations";

    /// <summary>The partition of request <paramref name="requestId"/>: its id without the number.</summary>
    public static string PartitionOf(string requestId)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        var dash = requestId.LastIndexOf('-');
        return TableKeyEncoding.Fit(TableKeyEncoding.Escape(dash > 0 ? requestId[..dash] : requestId));
    }

    /// <summary>The row of request <paramref name="requestId"/>.</summary>
    public static string RowOf(string requestId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(requestId));

    /// <summary>The row recording which request <paramref name="filingKey"/> filed.</summary>
    public static string KeyRowOf(string filingKey) => TableKeyEncoding.Fit(KeyRowPrefix + TableKeyEncoding.Escape(filingKey));
}
