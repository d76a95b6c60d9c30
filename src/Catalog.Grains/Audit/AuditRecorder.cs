using Catalog.Audit;
using Catalog.Grains.Hosting;

namespace Catalog.Grains.Audit;

/// <summary>
/// Records changes for grains: the caller comes from the current grain call (<see cref="CallerContext.Current"/>,
/// read before anything is awaited), the instant from Catalog's business clock, and the entry goes to the silo's
/// <see cref="AuditWriter"/>, which stores it with whatever else is waiting.
/// </summary>
public sealed class AuditRecorder(AuditWriter writer, CatalogClock clock) : IAuditRecorder
{
    /// <inheritdoc />
    public Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(changes);
        var at = clock.GetUtcNow();

        // A plain array: entries cross grain calls, and Orleans serializes the runtime type of a list.
        var entry = new AuditEntry(AuditEntryIds.New(at), at, entityType, entityId, action, CallerContext.Current, changes.ToArray());
        return writer.WriteAsync(entry);
    }
}
