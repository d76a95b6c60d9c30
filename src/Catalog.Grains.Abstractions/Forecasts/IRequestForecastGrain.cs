using Catalog.Catalogue;
using Orleans.Concurrency;

namespace Catalog.Forecasts;

/// <summary>The forecast side of a request grain (same key as <c>IRequestGrain</c>).</summary>
public interface IRequestForecastGrain : IGrainWithStringKey
{
    /// <summary>The promise recorded at filing (the caller checks who may see it from the departments it names).</summary>
    [ReadOnly]
    Task<RecordedPromise> GetPromiseAsync();

    /// <summary>
    /// The forecast says <paramref name="clock"/> will likely breach (<paramref name="probability"/> at or above the
    /// threshold): raises a live event once per clock, before the classic at-risk warning.
    /// </summary>
    Task RaiseBreachLikelyAsync(ClockKind clock, double probability);
}
