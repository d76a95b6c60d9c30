using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>One escalation of a complaint: from which level to which, when (the missed deadline's instant), and why.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintStep")]
public sealed record ComplaintStep(
    [property: Id(0)] ComplaintLevel From,
    [property: Id(1)] ComplaintLevel To,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ComplaintMiss Missed);
