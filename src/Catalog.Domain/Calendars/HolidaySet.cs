namespace Catalog.Domain.Calendars;

/// <summary>
/// Holidays as sorted day numbers with prefix sums of the business time they remove, so the
/// business time lost to holidays before any day is two binary searches, whatever the span.
/// Recurring holidays repeat exactly, weekday included, every 400 Gregorian years
/// (146,097 days, a whole number of weeks): they are laid out once over one such cycle.
/// </summary>
internal sealed class HolidaySet
{
    private const int DaysPerCycle = 146_097;

    private readonly int[] dated;
    private readonly long[] datedBefore;
    private readonly int[] cycleDays;
    private readonly long[] cycleBefore;
    private readonly long cycleWeight;

    public HolidaySet(WeeklySchedule schedule, IEnumerable<DateOnly> holidays, IEnumerable<AnnualDate> recurring)
    {
        var recurringSet = new HashSet<AnnualDate>(recurring);
        var cycle = new List<int>(recurringSet.Count * 400);
        for (var year = 1; year <= 400; year++)
        {
            foreach (var date in recurringSet)
            {
                if (date.InYear(year) is { } day)
                {
                    cycle.Add(day.DayNumber);
                }
            }
        }

        cycle.Sort();
        cycleDays = cycle.ToArray();
        cycleBefore = PrefixWeights(schedule, cycleDays);
        cycleWeight = cycleBefore[^1];

        // A dated holiday that is also a recurring one must not be removed twice.
        var datedSet = new SortedSet<int>();
        foreach (var holiday in holidays)
        {
            if (!recurringSet.Contains(new AnnualDate(holiday.Month, holiday.Day)))
            {
                datedSet.Add(holiday.DayNumber);
            }
        }

        dated = [.. datedSet];
        datedBefore = PrefixWeights(schedule, dated);
    }

    /// <summary>Business ticks lost to holidays in one 400-year cycle.</summary>
    public long CycleWeight => cycleWeight;

    /// <summary>
    /// Business ticks of all holidays strictly before <paramref name="dayNumber"/>, and whether
    /// that day is itself a holiday.
    /// </summary>
    public long WeightBefore(long dayNumber, out bool isHoliday)
    {
        var datedIndex = SortedArrays.LowerBound(dated, dayNumber);
        var cycles = dayNumber / DaysPerCycle;
        var inCycle = dayNumber - cycles * DaysPerCycle;
        var cycleIndex = SortedArrays.LowerBound(cycleDays, inCycle);
        isHoliday = (datedIndex < dated.Length && dated[datedIndex] == dayNumber)
            || (cycleIndex < cycleDays.Length && cycleDays[cycleIndex] == inCycle);
        return datedBefore[datedIndex] + cycles * cycleWeight + cycleBefore[cycleIndex];
    }

    /// <summary>Whether <paramref name="dayNumber"/> is a holiday.</summary>
    public bool Contains(long dayNumber)
    {
        WeightBefore(dayNumber, out var isHoliday);
        return isHoliday;
    }

    private static long[] PrefixWeights(WeeklySchedule schedule, int[] days)
    {
        var before = new long[days.Length + 1];
        for (var i = 0; i < days.Length; i++)
        {
            before[i + 1] = before[i] + schedule.LengthOfDay(WeeklySchedule.IndexOfDay(days[i]));
        }

        return before;
    }
}
