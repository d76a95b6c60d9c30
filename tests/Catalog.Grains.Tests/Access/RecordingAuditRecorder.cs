using System.Collections.Concurrent;
using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Tests.Access;

/// <summary>An <see cref="IAuditRecorder"/> that keeps what grains recorded in memory, for tests to read.</summary>
public sealed class RecordingAuditRecorder : IAuditRecorder
{
    private readonly ConcurrentQueue<RecordedAudit> recorded = new();

    /// <summary>Everything recorded so far, oldest first.</summary>
    public IReadOnlyList<RecordedAudit> Recorded => recorded.ToArray();

    /// <summary>What was recorded about one entity, oldest first.</summary>
    public IReadOnlyList<RecordedAudit> For(string entityType, string entityId) =>
        recorded.Where(r => r.EntityType == entityType && r.EntityId == entityId).ToArray();

    public Task RecordAsync(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        recorded.Enqueue(new RecordedAudit(entityType, entityId, action, changes, CallerContext.Current));
        return Task.CompletedTask;
    }
}

/// <summary>One call to <see cref="RecordingAuditRecorder.RecordAsync"/>, with the caller it saw.</summary>
public sealed record RecordedAudit(
    string EntityType,
    string EntityId,
    string Action,
    IReadOnlyList<AuditChange> Changes,
    AuditCaller Caller);
