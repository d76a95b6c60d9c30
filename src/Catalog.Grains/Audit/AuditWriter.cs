using Catalog.Audit;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Audit;

/// <summary>
/// The silo's group commit of audit entries. An entry written while the writer is idle goes to storage at once;
/// entries arriving while a write is under way wait for it and then go together, grouped by UTC day (a table
/// partition) in batches of up to <see cref="MaxBatchSize"/> (one table transaction each). Every caller's task
/// completes when its own entry is durable, or faults with the storage's error. A batch refused because one of its
/// ids exists already is retried entry by entry, so only that entry fails, with <see cref="AuditEntryExistsException"/>
/// (<see cref="AuditRecorder"/> counts that as stored: it is how a replayed entry comes back).
/// </summary>
public sealed partial class AuditWriter(IAuditTrail trail, ILogger<AuditWriter> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The most entries in one append: an Azure table transaction holds at most 100 entities.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>The most entries taken from the queue in one round (its batches are written at the same time).</summary>
    public const int MaxRound = 1000;

    private readonly Lock gate = new();
    private List<Pending> queue = [];
    private Task? flushing;
    private long batches;

    /// <summary>How many appends (batches) the writer has made so far.</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Queues <paramref name="entry"/>; completes once it is durable.</summary>
    public Task WriteAsync(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            queue.Add(pending);
            if (flushing is null)
            {
                // On the thread pool, outside the calling grain's scheduler and request context.
                using (ExecutionContext.SuppressFlow())
                {
                    flushing = Task.Run(FlushAsync);
                }
            }
        }

        return pending.Done.Task;
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(AuditWriter), ServiceLifecycleStage.ApplicationServices, _ => Task.CompletedTask, DrainAsync);

    /// <summary>Waits until every queued entry is written (silo stop).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task? current;
            lock (gate)
            {
                current = flushing;
            }

            if (current is null)
            {
                return;
            }

            await current.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync()
    {
        while (true)
        {
            List<Pending> round;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    flushing = null;
                    return;
                }

                if (queue.Count <= MaxRound)
                {
                    (round, queue) = (queue, []);
                }
                else
                {
                    round = queue.GetRange(0, MaxRound);
                    queue.RemoveRange(0, MaxRound);
                }
            }

            await Task.WhenAll(round
                .GroupBy(p => p.Entry.At.UtcDateTime.Date)
                .SelectMany(day => day.Chunk(MaxBatchSize))
                .Select(WriteBatchAsync)).ConfigureAwait(false);
        }
    }

    /// <summary>Writes one batch and completes its callers; never throws (failures go to the callers).</summary>
    private async Task WriteBatchAsync(Pending[] batch)
    {
        Interlocked.Increment(ref batches);
        try
        {
            await trail.AppendAsync(batch.Select(p => p.Entry).ToArray()).ConfigureAwait(false);
        }
        catch (AuditEntryExistsException exception) when (batch.Length > 1)
        {
            LogBatchRefused(logger, exception, batch.Length, exception.EntryId);
            await Task.WhenAll(batch.Select(p => WriteBatchAsync([p]))).ConfigureAwait(false);
            return;
        }
        catch (AuditEntryExistsException exception)
        {
            // Usually a replay of an entry a grain kept pending (see AuditOutbox), which its recorder counts as stored.
            LogEntryExists(logger, exception.EntryId);
            batch[0].Done.TrySetException(exception);
            return;
        }
        catch (Exception exception)
        {
            LogWriteFailed(logger, exception, batch.Length);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Done.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} audit entries could not be stored; their changes report the failure")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} audit entries was refused: entry {EntryId} exists already; writing them one by one")]
    private static partial void LogBatchRefused(ILogger logger, Exception exception, int count, string entryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit entry {EntryId} exists already (a replay?): the trail keeps the stored one")]
    private static partial void LogEntryExists(ILogger logger, string entryId);

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Done);
}
