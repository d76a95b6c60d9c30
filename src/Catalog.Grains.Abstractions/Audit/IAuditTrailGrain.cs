namespace Catalog.Audit;

/// <summary>Reads the audit trail (a stateless worker, key 0). There is no way to change or remove an entry.</summary>
public interface IAuditTrailGrain : IGrainWithIntegerKey
{
    /// <summary>The entries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query);
}
