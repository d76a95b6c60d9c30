namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// The grain type and state names of SLA monitoring, counting and queue reading. They are part of grain ids and
/// storage keys: pinned here so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class SlaMonitorGrainTypes
{
    /// <summary>See <see cref="SlaMonitorGrain"/>.</summary>
    public const string Monitor = "catalog.sla-monitor";

    /// <summary>See <see cref="Counters.SlaCountersGrain"/>.</summary>
    public const string Counters = "catalog.sla-counters";

    /// <summary>The state name of <see cref="Counters.SlaCountersGrain"/>.</summary>
    public const string CountersState = "sla-counters";

    /// <summary>See <see cref="Queries.RequestQueriesGrain"/>.</summary>
    public const string Queries = "catalog.request-queries";

    /// <summary>See <see cref="Queries.ClockGrain"/>.</summary>
    public const string Clock = "catalog.clock";
}
