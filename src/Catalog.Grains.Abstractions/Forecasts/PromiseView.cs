namespace Catalog.Forecasts;

/// <summary>
/// A promised date range: half of such requests are done by <see cref="Likely"/>, nine in ten by <see cref="Latest"/>
/// (instants in the client department's offset, moved to its next opening when they fall while it is closed).
/// </summary>
/// <param name="Likely">The 50 % date.</param>
/// <param name="Latest">The 90 % date.</param>
/// <param name="LikelyHours">The 50 % turnaround in the provider's business hours (from filing).</param>
/// <param name="LatestHours">The 90 % turnaround in the provider's business hours (from filing).</param>
/// <param name="QueueAhead">Open requests of the provider ahead of it when this was computed.</param>
/// <param name="Samples">Past requests the forecast learnt from.</param>
/// <param name="AsOf">When it was computed.</param>
[GenerateSerializer, Immutable, Alias("catalog.PromiseView")]
public sealed record PromiseView(
    [property: Id(0)] DateTimeOffset Likely,
    [property: Id(1)] DateTimeOffset Latest,
    [property: Id(2)] double LikelyHours,
    [property: Id(3)] double LatestHours,
    [property: Id(4)] int QueueAhead,
    [property: Id(5)] int Samples,
    [property: Id(6)] DateTimeOffset AsOf);
