using Catalog.Catalogue;

namespace Catalog.Requests;

/// <summary>One SLA clock of a request as of <see cref="RequestView.AsOf"/>.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ClockView")]
public sealed record ClockView(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] ClockRunState State,
    [property: Id(2)] string HolderDepartmentId,
    [property: Id(3)] Target Target,
    [property: Id(4)] TimeSpan TargetBusinessTime,
    [property: Id(5)] TimeSpan Elapsed,
    [property: Id(6)] TimeSpan Remaining,
    [property: Id(7)] DateTimeOffset? DueAt,
    [property: Id(8)] DateTimeOffset? AtRiskAt,
    [property: Id(9)] bool AtRisk,
    [property: Id(10)] bool Breached,
    [property: Id(11)] DateTimeOffset? BreachedAt,
    [property: Id(12)] IReadOnlyDictionary<string, TimeSpan> ElapsedByDepartment);
