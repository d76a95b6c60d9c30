using Orleans.Concurrency;

namespace Catalog.Requests;

/// <summary>
/// SLA outcomes per department pair for one provider department (key = provider department id): how many requests
/// each client department filed, and how many clocks went at risk, breached or were met. Recording is idempotent.
/// </summary>
public interface ISlaCountersGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts an outcome once per (request, clock, kind), however often it is reported. Completes once counted (the
    /// counts read it back at once); the counts are stored behind, see <see cref="WhenStoredAsync"/>.
    /// </summary>
    Task RecordAsync(SlaOutcome outcome);

    /// <summary>
    /// Completes once every outcome recorded before the call is stored; faults when the store failed (the outcomes
    /// are then lost with the counters' memory: record them again).
    /// </summary>
    Task WhenStoredAsync();

    /// <summary>The counts per client department.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DepartmentPairCounts>> GetAsync();
}
