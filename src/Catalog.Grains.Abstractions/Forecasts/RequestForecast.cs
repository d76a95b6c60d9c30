using Catalog.Catalogue;

namespace Catalog.Forecasts;

/// <summary>The forecast of one open request, as of now.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Clock">Its next clock (the running provider clock due first); null when none runs.</param>
/// <param name="BreachProbability">The chance that clock breaches; null without a clock or without history.</param>
/// <param name="AboveThreshold">The probability is at or above the configured threshold.</param>
/// <param name="QueueAhead">Open requests of the provider filed before it.</param>
/// <param name="Promise">When it will most likely be resolved, given how long it already ran; null without history.</param>
[GenerateSerializer, Immutable, Alias("catalog.RequestForecast")]
public sealed record RequestForecast(
    [property: Id(0)] string RequestId,
    [property: Id(1)] ClockKind? Clock,
    [property: Id(2)] double? BreachProbability,
    [property: Id(3)] bool AboveThreshold,
    [property: Id(4)] int QueueAhead,
    [property: Id(5)] PromiseView? Promise);
