using Orleans.Concurrency;

namespace Catalog.Scorecards;

/// <summary>
/// Reads the stored request, survey and complaint facts the scorecards and the annual review are computed from.
/// A stateless worker (key 0): it holds nothing, it only reads the silo's facts store. Writing is the silo's
/// own business (the request, survey and complaint grains call the store), never a client's.
/// </summary>
public interface IScorecardFactsGrain : IGrainWithIntegerKey
{
    /// <summary>The facts <paramref name="query"/> matches.</summary>
    [ReadOnly]
    Task<FactsSlice> ListAsync(FactsQuery query);
}
