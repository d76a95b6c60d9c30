using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Grains.Requests.Counters;

/// <summary>
/// A provider department's SLA figures per client department (key = provider department id), in its own state.
/// <para>
/// Counts are kept in memory and written behind: at most one write per <see cref="FlushDelay"/> (or as soon as
/// <see cref="FlushAtCount"/> outcomes wait), never one per outcome. Nothing is lost by that: a request keeps its
/// outcomes in its own stored state until <see cref="WhenStoredAsync"/> tells it they are stored here, so after a
/// crash they are replayed to the next activation, which starts from the last stored counts.
/// </para>
/// <para>
/// Recording is idempotent per (request, clock, kind): the state remembers, per request, which outcomes it counted
/// (<see cref="OutcomeKeys"/>, one number per request). To keep the state small (a table entity holds 700 KiB), it
/// remembers only the <see cref="MaxRememberedRequests"/> requests that reported most recently; older ones are
/// forgotten 10 % at a time. Repeats come from a request grain replaying outcomes it could not see confirmed, seconds
/// or minutes later, long before a thousand other requests of the same provider have reported since; a repeat of a
/// forgotten request's outcome would count again. The request grain itself records each at-risk and breach once.
/// </para>
/// </summary>
/// <remarks>Reentrant: a caller waiting for the next write must not hold the others; every change is synchronous.</remarks>
[GrainType(SlaMonitorGrainTypes.Counters)]
[Reentrant]
public sealed class SlaCountersGrain(
    [PersistentState(SlaMonitorGrainTypes.CountersState, StorageNames.Catalog)] IPersistentState<SlaCountersState> state)
    : Grain, ISlaCountersGrain
{
    /// <summary>How many requests' recorded outcomes are remembered at most.</summary>
    public const int MaxRememberedRequests = 1024;

    /// <summary>How many counted outcomes make the counters write at once rather than at the end of <see cref="FlushDelay"/>.</summary>
    public const int FlushAtCount = 256;

    /// <summary>How long counted outcomes wait, at most, to be written together.</summary>
    public static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(1);

    private SlaCountersState live = new();

    // The outcomes counted since the last write began, and whoever waits for them to be stored.
    private int unstored;
    private TaskCompletionSource? nextWrite;
    private Task? writing;
    private IGrainTimer? flushTimer;
    private bool broken;

    private string Provider => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        live = Copy(state.State);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (unstored > 0 && !broken)
        {
            await FlushAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
    }

    /// <inheritdoc />
    public Task RecordAsync(SlaOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var key = OutcomeKeys.Of(outcome);
        if (broken)
        {
            throw new InvalidOperationException($"The SLA counters of {Provider} failed to store their counts and restart from storage; record again.");
        }

        var keys = live.Recorded.TryGetValue(outcome.RequestId, out var entry) ? OutcomeKeys.KeysOf(entry) : 0;
        if ((keys & key) != 0)
        {
            return Task.CompletedTask;
        }

        live.Recorded[outcome.RequestId] = OutcomeKeys.Entry(++live.Sequence, keys | key);
        Count(outcome);
        ForgetOldest();
        unstored++;
        nextWrite ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (unstored >= FlushAtCount)
        {
            _ = FlushAsync();
        }
        else
        {
            flushTimer ??= this.RegisterGrainTimer(
                () => FlushAsync(), new GrainTimerCreationOptions { DueTime = FlushDelay, Period = Timeout.InfiniteTimeSpan, Interleave = true });
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WhenStoredAsync()
    {
        if (nextWrite is { } waiting)
        {
            return waiting.Task;
        }

        // Nothing counted since the last write began: done once it is.
        return writing ?? Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DepartmentPairCounts>> GetAsync()
    {
        IReadOnlyList<DepartmentPairCounts> counts = live.Pairs
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new DepartmentPairCounts(Provider, p.Key, p.Value.Filed, p.Value.AtRisk, p.Value.Breached, p.Value.Met))
            .ToArray();
        return Task.FromResult(counts);
    }

    // One write at a time; each writes everything counted until it starts.
    private async Task FlushAsync()
    {
        flushTimer?.Dispose();
        flushTimer = null;
        while (writing is { } earlier)
        {
            await earlier.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }

        if (nextWrite is not { } done || broken)
        {
            return;
        }

        (nextWrite, unstored) = (null, 0);
        var write = WriteAsync(done);
        writing = write;
        try
        {
            await write;
        }
        finally
        {
            if (writing == write)
            {
                writing = null;
            }
        }
    }

    private async Task WriteAsync(TaskCompletionSource done)
    {
        // A copy: counting goes on in memory while the provider serializes and sends it.
        state.State = Copy(live);
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // The memory holds counts that are not stored, and the requests that sent them still hold them: start
            // again from storage, and let them record again.
            broken = true;
            nextWrite?.TrySetException(exception);
            done.TrySetException(exception);
            DeactivateOnIdle();
            throw;
        }

        done.TrySetResult();
    }

    private void Count(SlaOutcome outcome)
    {
        if (!live.Pairs.TryGetValue(outcome.ClientDepartmentId, out var pair))
        {
            live.Pairs[outcome.ClientDepartmentId] = pair = new SlaPairCounts();
        }

        switch (outcome.Kind)
        {
            case SlaOutcomeKind.Filed:
                pair.Filed++;
                break;
            case SlaOutcomeKind.AtRisk:
                pair.AtRisk++;
                break;
            case SlaOutcomeKind.Breached:
                pair.Breached++;
                break;
            case SlaOutcomeKind.Met:
                pair.Met++;
                break;
        }
    }

    private void ForgetOldest()
    {
        var recorded = live.Recorded;
        if (recorded.Count <= MaxRememberedRequests)
        {
            return;
        }

        var excess = recorded.Count - (MaxRememberedRequests * 9 / 10);
        foreach (var requestId in recorded.OrderBy(r => OutcomeKeys.SequenceOf(r.Value)).Take(excess).Select(r => r.Key).ToArray())
        {
            recorded.Remove(requestId);
        }
    }

    private static SlaCountersState Copy(SlaCountersState from) => new()
    {
        Pairs = from.Pairs.ToDictionary(
            p => p.Key,
            p => new SlaPairCounts { Filed = p.Value.Filed, AtRisk = p.Value.AtRisk, Breached = p.Value.Breached, Met = p.Value.Met },
            StringComparer.Ordinal),
        Recorded = new Dictionary<string, long>(from.Recorded, StringComparer.Ordinal),
        Sequence = from.Sequence,
    };
}
