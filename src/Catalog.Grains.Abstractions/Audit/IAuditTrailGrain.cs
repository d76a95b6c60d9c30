namespace Catalog.Audit;

/// <summary>Reads the audit trail (a stateless worker, key 0). There is no way to change or remove an entry.</summary>
public interface IAuditTrailGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The entries matching <paramref name="query"/>, newest first. A search reads a partition per day of its range,
    /// so it may take longer than the web tier's call timeout for other calls.
    /// </summary>
    [ResponseTimeout("00:00:30")]
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query);
}
