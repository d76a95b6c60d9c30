using System.Diagnostics;

namespace Catalog.Domain.Calendars;

/// <summary>
/// The weekly opening intervals as flat arrays of local time-of-day ticks, with the business time
/// of each weekday and of whole weeks precomputed, so that the wall-clock business time from the
/// start of the calendar (0001-01-01) to any day is arithmetic, not a loop over days.
/// Days are numbered like <see cref="DateOnly.DayNumber"/>: day 0 was a Monday, so a day's index
/// in the week (0 = Monday … 6 = Sunday) is its number modulo 7.
/// </summary>
internal sealed class WeeklySchedule
{
    private readonly long[] starts;
    private readonly long[] ends;
    // Intervals of week day i are starts[firstOfDay[i]..firstOfDay[i + 1]), sorted and merged.
    private readonly int[] firstOfDay;
    private readonly long[] lengthOfDay;
    // elapsedBeforeDay[i] = business ticks of week days 0..i-1; [7] is a whole week.
    private readonly long[] elapsedBeforeDay;

    public WeeklySchedule(IEnumerable<WeeklyInterval> intervals)
    {
        var byDay = new List<(long Start, long End)>[7];
        for (var i = 0; i < 7; i++)
        {
            byDay[i] = [];
        }

        foreach (var interval in intervals)
        {
            byDay[IndexOf(interval.Day)].Add((interval.Start.Ticks, interval.EndTicks));
        }

        var merged = new List<(long Start, long End)>();
        firstOfDay = new int[8];
        lengthOfDay = new long[7];
        elapsedBeforeDay = new long[8];
        for (var day = 0; day < 7; day++)
        {
            firstOfDay[day] = merged.Count;
            byDay[day].Sort();
            foreach (var (start, end) in byDay[day])
            {
                // Touching intervals are joined: the result is the same and the scans get shorter.
                if (merged.Count > firstOfDay[day] && merged[^1].End == start)
                {
                    merged[^1] = (merged[^1].Start, end);
                }
                else
                {
                    merged.Add((start, end));
                }

                lengthOfDay[day] += end - start;
            }

            elapsedBeforeDay[day + 1] = elapsedBeforeDay[day] + lengthOfDay[day];
            WorkingDays += lengthOfDay[day] > 0 ? 1 : 0;
        }

        firstOfDay[7] = merged.Count;
        starts = new long[merged.Count];
        ends = new long[merged.Count];
        for (var i = 0; i < merged.Count; i++)
        {
            (starts[i], ends[i]) = merged[i];
        }
    }

    /// <summary>Business ticks in one week.</summary>
    public long WeeklyTicks => elapsedBeforeDay[7];

    /// <summary>Number of weekdays with at least one interval.</summary>
    public int WorkingDays { get; }

    /// <summary>Index in the week, 0 = Monday … 6 = Sunday.</summary>
    public static int IndexOf(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Index in the week (0 = Monday) of a day number.</summary>
    public static int IndexOfDay(long dayNumber) => (int)(dayNumber % 7);

    /// <summary>Business ticks of a day with index <paramref name="weekDay"/>.</summary>
    public long LengthOfDay(int weekDay) => lengthOfDay[weekDay];

    /// <summary>Wall-clock business ticks of all days before <paramref name="dayNumber"/>, holidays not removed.</summary>
    public long ElapsedBefore(long dayNumber) =>
        dayNumber / 7 * WeeklyTicks + elapsedBeforeDay[IndexOfDay(dayNumber)];

    /// <summary>Business ticks of a day from midnight to <paramref name="timeOfDay"/>.</summary>
    public long ElapsedWithinDay(int weekDay, long timeOfDay)
    {
        long elapsed = 0;
        for (var i = firstOfDay[weekDay]; i < firstOfDay[weekDay + 1]; i++)
        {
            if (timeOfDay >= ends[i])
            {
                elapsed += ends[i] - starts[i];
            }
            else
            {
                if (timeOfDay > starts[i])
                {
                    elapsed += timeOfDay - starts[i];
                }

                break;
            }
        }

        return elapsed;
    }

    /// <summary>Whether <paramref name="timeOfDay"/> lies in one of the day's intervals (start inclusive, end exclusive).</summary>
    public bool IsOpen(int weekDay, long timeOfDay)
    {
        for (var i = firstOfDay[weekDay]; i < firstOfDay[weekDay + 1]; i++)
        {
            if (timeOfDay < ends[i])
            {
                return timeOfDay >= starts[i];
            }
        }

        return false;
    }

    /// <summary>
    /// The earliest time of day at which <paramref name="amount"/> business ticks of the day have
    /// elapsed. Being the earliest, a total reached exactly at an interval's end is that end, not
    /// the next opening. <paramref name="amount"/> must be in (0, day length].
    /// </summary>
    public long TimeOfDayReaching(int weekDay, long amount)
    {
        Debug.Assert(amount > 0 && amount <= lengthOfDay[weekDay]);
        for (var i = firstOfDay[weekDay]; i < firstOfDay[weekDay + 1]; i++)
        {
            var length = ends[i] - starts[i];
            if (amount <= length)
            {
                return starts[i] + amount;
            }

            amount -= length;
        }

        throw new UnreachableException("The amount exceeds the day's business time.");
    }

    /// <summary>The first day at whose end <see cref="ElapsedBefore"/> reaches <paramref name="amount"/> (&gt; 0).</summary>
    public long FirstDayReaching(long amount)
    {
        Debug.Assert(amount > 0);
        var weeks = (amount - 1) / WeeklyTicks;
        var remainder = amount - weeks * WeeklyTicks;
        var day = 1;
        while (elapsedBeforeDay[day] < remainder)
        {
            day++;
        }

        return weeks * 7 + day - 1;
    }
}
