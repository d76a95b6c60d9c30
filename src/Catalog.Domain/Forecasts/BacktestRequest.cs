using Catalog.Domain.Calendars;

namespace Catalog.Domain.Forecasts;

/// <summary>
/// One past request as a backtest replays it. Times ending in <c>B</c> are business hours of the provider's
/// calendar since the backtest's origin (the coordinate its queue runs in).
/// </summary>
/// <param name="ServiceId">Its service.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="FiledB">When it was filed, in the provider's business hours.</param>
/// <param name="DoneB">When its resolution clock stopped (filing plus its business time); null while open.</param>
/// <param name="ResolvedAt">When it was resolved; null while open.</param>
/// <param name="TargetHours">Its resolution target in business hours.</param>
/// <param name="QueueAhead">Open requests of the provider filed before it, when it was filed.</param>
/// <param name="Client">The client department's calendar (a promised date moves to its next opening).</param>
public sealed record BacktestRequest(
    string ServiceId, DateTimeOffset FiledAt, double FiledB, double? DoneB, DateTimeOffset? ResolvedAt,
    double TargetHours, int QueueAhead, BusinessCalendar Client)
{
    /// <summary>Whether its resolution clock went past its target (null while open and within it).</summary>
    public bool? BreachedBy(double nowB) =>
        DoneB is { } done ? done - FiledB > TargetHours
        : nowB - FiledB > TargetHours ? true : null;
}
