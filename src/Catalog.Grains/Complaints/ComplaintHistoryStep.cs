using Catalog.Complaints;
using Catalog.Domain.Access;

namespace Catalog.Grains.Complaints;

/// <summary>One action of a replayed complaint: when, by whom, and what.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintHistoryStep")]
public sealed record ComplaintHistoryStep(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Viewer Actor,
    [property: Id(2)] ComplaintCommand Command);
