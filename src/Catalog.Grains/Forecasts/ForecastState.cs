using Catalog.Forecasts;

namespace Catalog.Grains.Forecasts;

/// <summary>
/// What a provider's forecast keeps: the promise each request recorded at filing, so its scorecard can say how
/// often the 90 % date held without reading every request. Every [Id] is stored: add, never renumber.
/// </summary>
[GenerateSerializer, Alias("catalog.ForecastState")]
public sealed class ForecastState
{
    /// <summary>Request id → the promise recorded at its filing (pruned after a year).</summary>
    [Id(0)]
    public Dictionary<string, PromiseView> Promises { get; set; } = new(StringComparer.Ordinal);
}
