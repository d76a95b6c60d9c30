using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>
/// How grains record their changes, in two steps so an entry can be saved with the change it describes (an outbox,
/// see <see cref="AuditOutbox"/>): <see cref="Prepare"/> builds the entry for the caller of the current grain call
/// (<see cref="CallerContext.Current"/>) at Catalog's clock, before the state write; <see cref="StoreAsync"/> appends
/// it to the trail after the write, and may be repeated: an entry stored already counts as stored.
/// </summary>
public interface IAuditRecorder
{
    /// <summary>
    /// Builds the entry recording that <paramref name="action"/> changed <paramref name="changes"/> on an entity, with
    /// a new unique, time-sortable id and the changes in a plain array (the entry is kept in grain state, whose serializer
    /// records runtime types). Reads the caller synchronously: call it within the grain call that makes the change.
    /// </summary>
    /// <param name="entityType">One of <see cref="AuditEntityTypes"/>.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="action">What was done ("Filed", "Acknowledge", "Created", "Updated"…).</param>
    /// <param name="changes">The fields changed, before and after.</param>
    AuditEntry Prepare(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes);

    /// <summary>
    /// Appends prepared entries to the trail; completes once all are durable, or faults with the storage's error.
    /// Idempotent: an entry whose id the trail holds already (a replay after a crash or a failed store) counts as
    /// stored; the trail keeps the first and never overwrites it.
    /// </summary>
    Task StoreAsync(IReadOnlyList<AuditEntry> entries);

    /// <summary>
    /// Prepares and stores one entry at once, for callers with no state to keep it in until it is stored (grains use
    /// <see cref="Prepare"/> and <see cref="StoreAsync"/> through an <see cref="AuditOutbox"/>).
    /// </summary>
    Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes);
}
