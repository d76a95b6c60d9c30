using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>
/// What grains call after they change state: appends one audit entry for the caller of the current grain call
/// (<see cref="CallerContext.Current"/>) at Catalog's clock. Completes once the entry is durable.
/// </summary>
public interface IAuditRecorder
{
    /// <summary>Records that <paramref name="action"/> changed <paramref name="changes"/> on an entity.</summary>
    /// <param name="entityType">One of <see cref="AuditEntityTypes"/>.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="action">What was done ("Filed", "Acknowledge", "Created", "Updated"…).</param>
    /// <param name="changes">The fields changed, before and after.</param>
    Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes);
}
