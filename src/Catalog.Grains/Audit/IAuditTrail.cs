using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>Where audit entries are kept: appended, never replaced or removed. The host chooses (Azure Table, memory).</summary>
public interface IAuditTrail
{
    /// <summary>Appends entries; completes once they are durable. An entry whose id exists already is an error, never an overwrite.</summary>
    Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The entries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
