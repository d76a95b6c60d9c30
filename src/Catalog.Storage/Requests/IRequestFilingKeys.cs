namespace Catalog.Storage.Requests;

/// <summary>Which request a filing key filed, as the request store recorded it with the request's first write.</summary>
public interface IRequestFilingKeys
{
    /// <summary>
    /// The id of the request filed with <paramref name="filingKey"/> in the partition of
    /// <paramref name="requestIdOfProvider"/> (any request id of the same provider), or null when none was.
    /// </summary>
    Task<string?> FindAsync(string requestIdOfProvider, string filingKey, CancellationToken cancellationToken = default);
}
