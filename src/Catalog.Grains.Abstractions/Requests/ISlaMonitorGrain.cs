using Orleans.Concurrency;
namespace Catalog.Requests;

/// <summary>
/// Watches the pending SLA deadlines of one provider department's open requests (key = provider department id)
/// with one timer, and tells each request when one of its deadlines passes.
/// </summary>
public interface ISlaMonitorGrain : IGrainWithStringKey
{
    /// <summary>Replaces the pending deadlines of a request (an empty list forgets it).</summary>
    Task TrackAsync(string requestId, IReadOnlyList<SlaDeadline> deadlines);

    /// <summary>Makes sure the monitor runs (start-up activates every department's monitor).</summary>
    Task StartAsync();

    /// <summary>How many requests it watches and the earliest deadline, for operators and tests.</summary>
    [ReadOnly]
    Task<SlaMonitorStatus> GetStatusAsync();
}
