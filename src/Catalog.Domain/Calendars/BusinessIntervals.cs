namespace Catalog.Domain.Calendars;

/// <summary>
/// The business intervals of a <see cref="BusinessCalendar"/> as UTC instants, so a page can count business time by
/// plain interval arithmetic instead of knowing zones, daylight saving and holidays. Found with the calendar's own
/// answers (<see cref="BusinessCalendar.NextBusinessInstant"/>, <see cref="BusinessCalendar.AddBusinessTime"/>), so
/// they can never disagree with it: the business time in any span equals the overlap of the span with the intervals.
/// </summary>
public static class BusinessIntervals
{
    /// <summary>
    /// The business intervals overlapping [<paramref name="from"/>, <paramref name="to"/>), clipped to it, in order,
    /// each as [start, end) in UTC. Adjacent intervals (a schedule open across midnight) come merged.
    /// </summary>
    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Between(BusinessCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var intervals = new List<(DateTimeOffset, DateTimeOffset)>();
        var at = from.ToUniversalTime();
        var end = to.ToUniversalTime();
        while (at < end)
        {
            var start = calendar.NextBusinessInstant(at).ToUniversalTime();
            if (start >= end)
            {
                break;
            }

            var close = CloseAfter(calendar, start, end);
            intervals.Add((start, close));
            at = close;
        }

        return intervals;
    }

    /// <summary>
    /// The end of the business interval that is open at <paramref name="start"/>, or <paramref name="limit"/> if it
    /// is still open then. While the calendar is open, business time keeps pace with elapsed time: the interval lasts
    /// the longest <c>d</c> for which adding <c>d</c> of business time lands exactly <c>d</c> later.
    /// </summary>
    private static DateTimeOffset CloseAfter(BusinessCalendar calendar, DateTimeOffset start, DateTimeOffset limit)
    {
        bool Continuous(long ticks) => calendar.AddBusinessTime(start, TimeSpan.FromTicks(ticks)).UtcTicks == start.UtcTicks + ticks;

        var span = limit.UtcTicks - start.UtcTicks;
        if (Continuous(span))
        {
            return limit;
        }

        // Gallop from a second, then halve: about 60 calendar calls, each of logarithmic cost.
        long low = 0, high = TimeSpan.TicksPerSecond;
        while (high < span && Continuous(high))
        {
            low = high;
            high *= 2;
        }

        high = Math.Min(high, span);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Continuous(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new DateTimeOffset(start.UtcTicks + low, TimeSpan.Zero);
    }
}
