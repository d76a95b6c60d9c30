namespace Catalog.Forecasts;

/// <summary>What a request's client and provider see of its forecast.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="AtFiling">The promise recorded when it was filed; null when none could be made.</param>
/// <param name="Now">Its forecast as of now (promise and breach probability); null once it is no longer open.</param>
/// <param name="ResolvedAt">When it was resolved, once it was.</param>
[GenerateSerializer, Immutable, Alias("catalog.RequestPromise")]
public sealed record RequestPromise(
    [property: Id(0)] string RequestId,
    [property: Id(1)] PromiseView? AtFiling,
    [property: Id(2)] RequestForecast? Now,
    [property: Id(3)] DateTimeOffset? ResolvedAt)
{
    /// <summary>Whether it was resolved by the 90 % date promised at filing; null until both are known.</summary>
    public bool? LatestHeld => AtFiling is { } promise && ResolvedAt is { } resolved ? resolved <= promise.Latest : null;
}
