namespace Catalog.Scorecards;

/// <summary>Typed access to the scorecard grains.</summary>
public static class ScorecardGrainFactoryExtensions
{
    /// <summary>The reader of stored facts.</summary>
    public static IScorecardFactsGrain GetScorecardFacts(this IGrainFactory grains) =>
        grains.GetGrain<IScorecardFactsGrain>(0);
}
