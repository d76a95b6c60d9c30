using Catalog.Scorecards;
using Orleans.Concurrency;

namespace Catalog.Grains.Scorecards;

/// <summary>Reads the facts store for the web tier's scorecards and reviews; holds nothing.</summary>
[StatelessWorker]
internal sealed class ScorecardFactsGrain(IRequestFactsStore store) : Grain, IScorecardFactsGrain
{
    /// <inheritdoc />
    public Task<FactsSlice> ListAsync(FactsQuery query) => store.ListAsync(query);
}
