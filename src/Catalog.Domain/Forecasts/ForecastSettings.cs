namespace Catalog.Domain.Forecasts;

/// <summary>How the forecast smooths what little history it may have. The defaults are the ones the bench measured.</summary>
/// <param name="ServicePrior">
/// Weight, in requests, of the provider's median turnaround in a service's own median: a service with few past
/// requests borrows from its department, one with many stands on its own.
/// </param>
/// <param name="BreachPrior">
/// Weight, in requests, of the provider's base breach rate in a breach probability: where few past clocks ran as
/// long as this one has, the probability leans towards the base rate.
/// </param>
/// <param name="MinimumSamples">Below this many past clocks there is no forecast (the page says so).</param>
public sealed record ForecastSettings(double ServicePrior = 5, double BreachPrior = 3, int MinimumSamples = 8)
{
    /// <summary>The defaults.</summary>
    public static ForecastSettings Default { get; } = new();
}
