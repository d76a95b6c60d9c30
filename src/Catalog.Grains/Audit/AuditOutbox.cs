using Catalog.Audit;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Audit;

/// <summary>
/// A grain's audit outbox, so no change stands without its entry: <see cref="Add"/> prepares the entry and keeps it
/// in the grain's state before the state write, so the change and its entry are stored together;
/// <see cref="StoreAsync"/> then puts the entries in the trail and drops them in memory (they leave storage with the
/// next write; no write is made just for that). If the trail fails, the call fails and the entries stay pending, to be
/// stored after the next write or on the next activation (<see cref="TryStoreAsync"/>). Storing is idempotent, so an
/// entry stored just before a crash is not recorded twice. Entries pile up only while the trail fails, and every
/// change in that time reports the failure.
/// </summary>
/// <param name="state">The grain's current state (read on every use: grains may replace it).</param>
/// <param name="recorder">Prepares and stores the entries.</param>
/// <param name="logger">The grain's logger.</param>
public sealed partial class AuditOutbox(Func<IAuditOutboxState> state, IAuditRecorder recorder, ILogger logger)
{
    /// <summary>How many entries wait in the state.</summary>
    public int Pending => state().PendingAudit.Length;

    /// <summary>
    /// Prepares the entry for a change about to be written (caller and time from this grain call) and keeps it pending
    /// in the state. Call it after changing the state and before writing it.
    /// </summary>
    public void Add(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        var current = state();
        current.PendingAudit = [.. current.PendingAudit, recorder.Prepare(entityType, entityId, action, changes)];
    }

    /// <summary>
    /// Stores the pending entries (after the state write that holds them) and drops them in memory; faults with the
    /// trail's error, leaving them pending.
    /// </summary>
    public async Task StoreAsync()
    {
        var pending = state().PendingAudit;
        if (pending.Length == 0)
        {
            return;
        }

        await recorder.StoreAsync(pending);
        var stored = pending.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var current = state();
        current.PendingAudit = [.. current.PendingAudit.Where(e => !stored.Contains(e.Id))];
    }

    /// <summary>
    /// Stores what is pending where no caller waits on it: on activation (the last activation's trail failed, or the
    /// silo stopped between the state write and the store) or after a write that records nothing. A failure is logged,
    /// not thrown: the grain still serves its callers, and the entries stay pending until its next write or activation.
    /// </summary>
    public async Task TryStoreAsync()
    {
        var count = Pending;
        if (count == 0)
        {
            return;
        }

        try
        {
            await StoreAsync();
            LogStored(logger, count);
        }
        catch (Exception exception)
        {
            LogStoreFailed(logger, exception, count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Count} audit entries left pending by an earlier call or activation")]
    private static partial void LogStored(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} pending audit entries could not be stored; they stay pending until the next write or activation")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, int count);
}
