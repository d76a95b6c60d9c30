using System.Collections.Concurrent;
using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Tests.Access;

/// <summary>An <see cref="IAuditRecorder"/> that keeps what grains stored in memory, each entry once, for tests to read.</summary>
public sealed class RecordingAuditRecorder : IAuditRecorder
{
    private readonly ConcurrentQueue<RecordedAudit> recorded = new();
    private readonly ConcurrentDictionary<string, bool> stored = new(StringComparer.Ordinal);

    /// <summary>Everything stored so far, oldest first.</summary>
    public IReadOnlyList<RecordedAudit> Recorded => recorded.ToArray();

    /// <summary>What was stored about one entity, oldest first.</summary>
    public IReadOnlyList<RecordedAudit> For(string entityType, string entityId) =>
        recorded.Where(r => r.EntityType == entityType && r.EntityId == entityId).ToArray();

    public AuditEntry Prepare(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        var at = DateTimeOffset.UtcNow;
        return new AuditEntry(AuditEntryIds.New(at), at, entityType, entityId, action, CallerContext.Current, changes.ToArray());
    }

    public Task StoreAsync(IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries.Where(e => stored.TryAdd(e.Id, true)))
        {
            recorded.Enqueue(new RecordedAudit(entry.EntityType, entry.EntityId, entry.Action, entry.Changes, entry.Caller));
        }

        return Task.CompletedTask;
    }

    public Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes) =>
        StoreAsync([Prepare(entityType, entityId, action, changes)]);
}

/// <summary>One entry stored through <see cref="RecordingAuditRecorder"/>, with the caller it saw.</summary>
public sealed record RecordedAudit(
    string EntityType,
    string EntityId,
    string Action,
    IReadOnlyList<AuditChange> Changes,
    AuditCaller Caller);
