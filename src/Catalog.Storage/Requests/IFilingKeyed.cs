namespace Catalog.Storage.Requests;

/// <summary>
/// A request state that may carry the key it was filed with (client department and Idempotency-Key, as
/// <c>RequestIntakeKeys</c> forms it). The request store inserts that key's row in the same transaction as the
/// state's first write, so a key files at most one request.
/// </summary>
public interface IFilingKeyed
{
    /// <summary>The filing key, or null when the filing had none.</summary>
    string? FilingKey { get; }
}
