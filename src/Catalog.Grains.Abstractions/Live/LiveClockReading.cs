using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Live;

/// <summary>
/// One SLA clock of a request as a live page draws it, read by the server at <see cref="RequestSummary.AsOf"/>: the
/// page counts a running clock down from <see cref="Remaining"/> over the business intervals of
/// <see cref="CalendarDepartmentId"/>'s calendar that the server sends with it, and never computes a calendar itself.
/// </summary>
/// <param name="Kind">Which clock.</param>
/// <param name="State">Running, paused, stopped or not started.</param>
/// <param name="HolderDepartmentId">The department the clock counts against now.</param>
/// <param name="CalendarDepartmentId">The department whose business calendar measures the clock.</param>
/// <param name="Target">The clock's target as the agreement states it.</param>
/// <param name="Remaining">Business time left at the reading's instant (negative once overdue).</param>
/// <param name="DueAt">When a running clock reaches its target (stays put while it runs).</param>
/// <param name="AtRiskAt">When it passes (or passed) its warning threshold.</param>
/// <param name="AtRisk">It passed its warning threshold.</param>
/// <param name="Breached">It passed its target.</param>
/// <param name="BreachedAt">When it passed its target.</param>
[GenerateSerializer, Immutable, Alias("catalog.LiveClockReading")]
public sealed record LiveClockReading(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] ClockRunState State,
    [property: Id(2)] string HolderDepartmentId,
    [property: Id(3)] string CalendarDepartmentId,
    [property: Id(4)] Target Target,
    [property: Id(5)] TimeSpan Remaining,
    [property: Id(6)] DateTimeOffset? DueAt,
    [property: Id(7)] DateTimeOffset? AtRiskAt,
    [property: Id(8)] bool AtRisk,
    [property: Id(9)] bool Breached,
    [property: Id(10)] DateTimeOffset? BreachedAt);
