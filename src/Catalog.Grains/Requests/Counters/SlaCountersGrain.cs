using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Counters;

/// <summary>
/// A provider department's SLA figures per client department (key = provider department id), in its own state.
/// <para>
/// Recording is idempotent per (request, clock, kind): the state remembers, per request, which outcomes it counted
/// (<see cref="OutcomeKeys"/>, one number per request). To keep the state small (it is written whole on every
/// change, and a table entity holds 700 KiB), it remembers only the <see cref="MaxRememberedRequests"/> requests that
/// reported most recently; older ones are forgotten 10 % at a time. Repeats come from a request grain retrying a
/// report it could not confirm, seconds or minutes later, long before a thousand other requests of the same provider
/// have reported since; a repeat of a forgotten request's outcome would count again. The request grain itself records
/// each at-risk and breach once, so a clock never reports a new outcome twice.
/// </para>
/// </summary>
[GrainType(SlaMonitorGrainTypes.Counters)]
public sealed class SlaCountersGrain(
    [PersistentState(SlaMonitorGrainTypes.CountersState, StorageNames.Catalog)] IPersistentState<SlaCountersState> state)
    : Grain, ISlaCountersGrain
{
    /// <summary>How many requests' recorded outcomes are remembered at most.</summary>
    public const int MaxRememberedRequests = 1024;

    private string Provider => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task RecordAsync(SlaOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var key = OutcomeKeys.Of(outcome);
        var keys = state.State.Recorded.TryGetValue(outcome.RequestId, out var entry) ? OutcomeKeys.KeysOf(entry) : 0;
        if ((keys & key) != 0)
        {
            return;
        }

        state.State.Recorded[outcome.RequestId] = OutcomeKeys.Entry(++state.State.Sequence, keys | key);
        Count(outcome);
        ForgetOldest();
        await WriteAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DepartmentPairCounts>> GetAsync()
    {
        IReadOnlyList<DepartmentPairCounts> counts = state.State.Pairs
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new DepartmentPairCounts(Provider, p.Key, p.Value.Filed, p.Value.AtRisk, p.Value.Breached, p.Value.Met))
            .ToArray();
        return Task.FromResult(counts);
    }

    private void Count(SlaOutcome outcome)
    {
        if (!state.State.Pairs.TryGetValue(outcome.ClientDepartmentId, out var pair))
        {
            state.State.Pairs[outcome.ClientDepartmentId] = pair = new SlaPairCounts();
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
        var recorded = state.State.Recorded;
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

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a count that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }
    }
}
