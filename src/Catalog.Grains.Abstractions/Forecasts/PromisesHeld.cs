namespace Catalog.Forecasts;

/// <summary>How often a provider's promised dates held: resolved requests filed in [<paramref name="From"/>, <paramref name="To"/>) with a promise recorded at filing.</summary>
/// <param name="ProviderDepartmentId">The provider.</param>
/// <param name="From">Start of the period.</param>
/// <param name="To">End of it.</param>
/// <param name="Recorded">Resolved requests with a recorded promise.</param>
/// <param name="LatestHeld">Of those, resolved by their 90 % date.</param>
/// <param name="LikelyHeld">Of those, resolved by their 50 % date.</param>
[GenerateSerializer, Immutable, Alias("catalog.PromisesHeld")]
public sealed record PromisesHeld(
    [property: Id(0)] string ProviderDepartmentId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] int Recorded,
    [property: Id(4)] int LatestHeld,
    [property: Id(5)] int LikelyHeld)
{
    /// <summary>Share whose 90 % date held; null without any.</summary>
    public double? LatestHeldShare => Recorded == 0 ? null : (double)LatestHeld / Recorded;
}
