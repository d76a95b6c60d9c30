using Catalog.Audit;
using Catalog.Grains.Hosting;

namespace Catalog.Grains.Audit;

/// <summary>
/// Records changes for grains: the caller comes from the current grain call (<see cref="CallerContext.Current"/>,
/// read before anything is awaited), the instant from Catalog's business clock, and the entries go to the silo's
/// <see cref="AuditWriter"/>, which stores them with whatever else is waiting. An entry the trail holds already is
/// a replay and counts as stored.
/// </summary>
public sealed class AuditRecorder(AuditWriter writer, CatalogClock clock) : IAuditRecorder
{
    /// <inheritdoc />
    public AuditEntry Prepare(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(changes);
        var at = clock.GetUtcNow();

        // A plain array: entries cross grain calls and sit in grain state, and Orleans serializes the runtime type of a list.
        return new AuditEntry(AuditEntryIds.New(at), at, entityType, entityId, action, CallerContext.Current, changes.ToArray());
    }

    /// <inheritdoc />
    public Task StoreAsync(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count switch
        {
            0 => Task.CompletedTask,
            1 => StoreOneAsync(entries[0]),
            _ => Task.WhenAll(entries.Select(StoreOneAsync)),
        };
    }

    /// <inheritdoc />
    public Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes) =>
        StoreAsync([Prepare(entityType, entityId, action, changes)]);

    private async Task StoreOneAsync(AuditEntry entry)
    {
        try
        {
            await writer.WriteAsync(entry);
        }
        catch (AuditEntryExistsException exception) when (exception.EntryId == entry.Id)
        {
            // A replay: this very entry (ids are never reused) was stored before the crash or failure that left it
            // pending. The trail kept it as it was; the writer has logged the refusal.
        }
    }
}
