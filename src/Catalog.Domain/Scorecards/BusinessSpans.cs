using Catalog.Domain.Calendars;

namespace Catalog.Domain.Scorecards;

/// <summary>
/// Business time of a request's spans: its turnaround in the provider's calendar and the time each department held
/// it in that department's calendar, the time waiting on the client left out of both.
/// </summary>
public static class BusinessSpans
{
    /// <summary>Filed → last resolved, minus the pauses, in <paramref name="providerCalendar"/>; null until resolved or when cancelled.</summary>
    public static TimeSpan? Turnaround(ScoredRequest request, BusinessCalendar providerCalendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(providerCalendar);
        if (request.Cancelled || request.ResolvedAt is not { } resolved || resolved < request.FiledAt)
        {
            return null;
        }

        return Between(providerCalendar, request.FiledAt, resolved, request.Pauses, resolved);
    }

    /// <summary>
    /// Business time of one hold in <paramref name="holderCalendar"/>, pauses left out; a hold still open ends at the
    /// resolution, or else at <paramref name="asOf"/>.
    /// </summary>
    public static TimeSpan Held(ScoredRequest request, HeldSpan hold, BusinessCalendar holderCalendar, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hold);
        ArgumentNullException.ThrowIfNull(holderCalendar);
        var end = hold.To ?? request.ResolvedAt ?? asOf;
        return end <= hold.From ? TimeSpan.Zero : Between(holderCalendar, hold.From, end, request.Pauses, asOf);
    }

    /// <summary>Business time in [from, to) outside the pauses (overlapping pauses merged; an open pause ends at <paramref name="openEnd"/>).</summary>
    public static TimeSpan Between(
        BusinessCalendar calendar, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<PauseSpan> pauses, DateTimeOffset openEnd)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = calendar.BusinessTimeBetween(from, to);
        foreach (var (start, end) in Merge(pauses, openEnd))
        {
            var s = start > from ? start : from;
            var e = end < to ? end : to;
            if (e > s)
            {
                total -= calendar.BusinessTimeBetween(s, e);
            }
        }

        return total;
    }

    private static List<(DateTimeOffset Start, DateTimeOffset End)> Merge(IReadOnlyList<PauseSpan> pauses, DateTimeOffset openEnd)
    {
        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            var end = pause.To ?? openEnd;
            if (end <= pause.From)
            {
                continue;
            }

            if (merged.Count > 0 && pause.From <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, end > merged[^1].End ? end : merged[^1].End);
            }
            else
            {
                merged.Add((pause.From, end));
            }
        }

        return merged;
    }
}
