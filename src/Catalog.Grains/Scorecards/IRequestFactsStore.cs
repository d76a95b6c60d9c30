using Catalog.Scorecards;

namespace Catalog.Grains.Scorecards;

/// <summary>
/// Where the scorecards' facts are kept: one row per request (written whole on every change), per answered survey
/// and per complaint, in the partition of the provider department. Silo-side: the request, survey and complaint
/// grains write, <see cref="ScorecardFactsGrain"/> reads.
/// </summary>
public interface IRequestFactsStore
{
    /// <summary>
    /// Replaces the request's facts row. Call it from the request on every change (filed, acknowledged, paused,
    /// resumed, resolved, reopened, closed, cancelled, transferred, quote accepted, clock met or breached). When the
    /// request moved to another provider, its rows under the departments that held it before are removed.
    /// </summary>
    Task UpsertRequestAsync(RequestFacts facts, CancellationToken cancellationToken = default);

    /// <summary>Replaces the survey row of the request (one survey per request).</summary>
    Task UpsertSatisfactionAsync(SatisfactionFact fact, CancellationToken cancellationToken = default);

    /// <summary>Replaces the complaint's row.</summary>
    Task UpsertComplaintAsync(ComplaintFact fact, CancellationToken cancellationToken = default);

    /// <summary>The facts <paramref name="query"/> matches.</summary>
    Task<FactsSlice> ListAsync(FactsQuery query, CancellationToken cancellationToken = default);
}
