namespace Catalog.Forecasts;

/// <summary>
/// How good a provider's forecasts were: the promises recorded at filing against when requests were resolved, and
/// the breach forecast replayed on its stored history (each moment knowing only its past), by Brier score against
/// the base rate and the share-of-target rule (lower is better).
/// </summary>
/// <param name="ProviderDepartmentId">The provider.</param>
/// <param name="From">Start of the replayed history.</param>
/// <param name="To">End of it (now).</param>
/// <param name="PromisesRecorded">Resolved requests in the history with a promise recorded at filing.</param>
/// <param name="LatestHeld">Of those, resolved by their 90 % date.</param>
/// <param name="LikelyHeld">Of those, resolved by their 50 % date.</param>
/// <param name="ReplayedRequests">Requests replayed.</param>
/// <param name="ReplayedPromises">Resolved requests the replay promised a date at filing.</param>
/// <param name="ReplayedLatestHeld">Of those, resolved by the replayed 90 % date.</param>
/// <param name="Scored">Breach forecasts scored (open requests, twice a business day).</param>
/// <param name="Brier">Brier score of the breach forecast; null when nothing was scored.</param>
/// <param name="BrierBaseRate">Brier score of the base rate on the same moments.</param>
/// <param name="BrierShareOfTarget">Brier score of the share-of-target rule on the same moments.</param>
[GenerateSerializer, Immutable, Alias("catalog.ForecastQuality")]
public sealed record ForecastQuality(
    [property: Id(0)] string ProviderDepartmentId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] int PromisesRecorded,
    [property: Id(4)] int LatestHeld,
    [property: Id(5)] int LikelyHeld,
    [property: Id(6)] int ReplayedRequests,
    [property: Id(7)] int ReplayedPromises,
    [property: Id(8)] int ReplayedLatestHeld,
    [property: Id(9)] int Scored,
    [property: Id(10)] double? Brier,
    [property: Id(11)] double? BrierBaseRate,
    [property: Id(12)] double? BrierShareOfTarget)
{
    /// <summary>Share of recorded promises whose 90 % date held; null without any.</summary>
    public double? LatestHeldShare => PromisesRecorded == 0 ? null : (double)LatestHeld / PromisesRecorded;

    /// <summary>Share of recorded promises whose 50 % date held; null without any.</summary>
    public double? LikelyHeldShare => PromisesRecorded == 0 ? null : (double)LikelyHeld / PromisesRecorded;
}
