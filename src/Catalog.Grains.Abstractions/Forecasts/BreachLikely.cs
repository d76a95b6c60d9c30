using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Forecasts;

/// <summary>
/// The breach forecast of a request's clock crossed the threshold: raised once per clock, before the classic
/// at-risk warning (which waits for a fixed share of the target).
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.BreachLikely")]
public sealed record BreachLikely(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] ClockKind Clock,
    [property: Id(6)] double Probability,
    [property: Id(7)] DateTimeOffset? DueAt,
    [property: Id(8)] RequestSummary Summary) : IRequestEvent;
