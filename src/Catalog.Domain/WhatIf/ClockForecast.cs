using Catalog.Catalogue;

namespace Catalog.Domain.WhatIf;

/// <summary>One clock of a request as it stands at an instant: where it stands and when it is (or was) due.</summary>
/// <param name="Kind">Which clock.</param>
/// <param name="Standing">Where it stands.</param>
/// <param name="DueAt">The instant its target is reached while it runs, or was reached once breached; null while paused, stopped in time or not started.</param>
/// <param name="Target">Its target in business time of the calendar that measures it.</param>
public sealed record ClockForecast(ClockKind Kind, ClockStanding Standing, DateTimeOffset? DueAt, TimeSpan Target);
