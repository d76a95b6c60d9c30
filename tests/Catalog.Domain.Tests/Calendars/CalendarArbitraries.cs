using Catalog.Domain.Calendars;
using FsCheck;
using FsCheck.Fluent;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// FsCheck generators for random calendars: zero to three intervals a day with boundaries
/// clustered in the small hours (where DST changes happen), random dated holidays, runs of
/// consecutive holidays, recurring holidays including 29 February, and zones with and without
/// DST, half-hour offsets and a half-hour DST shift (Lord Howe).
/// </summary>
public static class CalendarArbitraries
{
    private static readonly string[] ZoneIds =
    [
        "America/Toronto", "Europe/Paris", "Australia/Sydney", "Australia/Lord_Howe",
        "America/St_Johns", "Asia/Kolkata", "UTC",
    ];

    private static readonly DateTime ShortRangeStart = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LongRangeStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Scenarios small enough for the minute-stepping reference.</summary>
    public static Arbitrary<ShortScenario> Short() => Arb.From(
        from calendar in CalendarCases(ShortRangeStart, years: 3, datedCount: 12, recurringCount: 3)
        from start in MinuteInstants(ShortRangeStart, years: 3)
        from durationMinutes in Gen.Frequency(
            (1, Gen.Choose(0, 90)),
            (3, Gen.Choose(0, 3 * WeeklyMinutes(calendar))))
        from endMinutes in Gen.Choose(0, 3 * 7 * 24 * 60)
        select new ShortScenario(calendar, start, TimeSpan.FromMinutes(durationMinutes), start.AddMinutes(endMinutes)));

    /// <summary>Tick-precise scenarios with business durations up to ten years' worth.</summary>
    public static Arbitrary<LongScenario> Long() => Arb.From(
        from calendar in CalendarCases(LongRangeStart, years: 80, datedCount: 60, recurringCount: 6)
        from start in TickInstants(LongRangeStart, years: 60)
        from first in Durations(calendar)
        from second in Durations(calendar)
        from otherOffset in Gen.Frequency(
            (1, LongUpTo(TimeSpan.TicksPerDay * 7)),
            (2, LongUpTo(TimeSpan.TicksPerDay * 3650)))
        from otherBefore in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new LongScenario(calendar, start, first, second, start.AddTicks(otherBefore ? -otherOffset : otherOffset)));

    private static Gen<CalendarCase> CalendarCases(DateTime rangeStart, int years, int datedCount, int recurringCount) =>
        from zone in Gen.Elements(ZoneIds)
        from schedule in Schedules()
        from datedHolidays in Gen.Choose(0, datedCount)
        from dated in Gen.ArrayOf(Dates(rangeStart, years), datedHolidays)
        from run in Gen.Frequency(
            (3, Gen.Constant(Array.Empty<DateOnly>())),
            (1, HolidayRuns(rangeStart, years)))
        from recurring in Gen.Choose(0, recurringCount).SelectMany(count => Gen.ArrayOf(AnnualDates(), count))
        select new CalendarCase(new CalendarDefinition(zone, schedule, [.. dated, .. run], recurring));

    private static Gen<WeeklyInterval[]> Schedules() =>
        Gen.CollectToArray(Enum.GetValues<DayOfWeek>(), DayIntervals)
            .Select(days => days.SelectMany(intervals => intervals).ToArray())
            .Where(intervals => intervals.Length > 0);

    private static Gen<WeeklyInterval[]> DayIntervals(DayOfWeek day) =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
        from points in Gen.ArrayOf(Boundaries(), count * 2)
        from touching in Gen.Elements(false, true)
        select ToIntervals(day, points, touching);

    // Boundaries in minutes from midnight; 1440 is 24:00.
    private static Gen<int> Boundaries() => Gen.Frequency(
        (3, Gen.Choose(0, 1440)),
        (3, Gen.Choose(0, 300)),
        (2, Gen.Elements(0, 60, 120, 150, 180, 240, 510, 720, 780, 990, 1440)));

    private static WeeklyInterval[] ToIntervals(DayOfWeek day, int[] points, bool touching)
    {
        var sorted = points.Distinct().Order().ToArray();
        var intervals = new List<WeeklyInterval>();
        // Disjoint pairs, or a chain of touching intervals (12:00–13:00, 13:00–14:00).
        for (var i = 0; i + 1 < sorted.Length; i += touching ? 1 : 2)
        {
            intervals.Add(new WeeklyInterval(day, TimeOf(sorted[i]), TimeOf(sorted[i + 1])));
        }

        return [.. intervals];
    }

    private static TimeOnly TimeOf(int minutes) => minutes == 1440 ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes));

    private static Gen<DateOnly> Dates(DateTime rangeStart, int years) =>
        Gen.Choose(-60, years * 366).Select(days => DateOnly.FromDateTime(rangeStart).AddDays(days));

    private static Gen<DateOnly[]> HolidayRuns(DateTime rangeStart, int years) =>
        from first in Dates(rangeStart, years)
        from length in Gen.Choose(2, 120)
        select Enumerable.Range(0, length).Select(first.AddDays).ToArray();

    private static Gen<AnnualDate> AnnualDates() =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(2000, month))
        select new AnnualDate(month, day);

    // Starts crowd the months where DST changes in the zones above.
    private static Gen<DateTimeOffset> MinuteInstants(DateTime rangeStart, int years) =>
        from year in Gen.Choose(0, years - 1)
        from month in Gen.Frequency((1, Gen.Choose(1, 12)), (1, Gen.Elements(3, 4, 10, 11)))
        from day in Gen.Choose(1, 28)
        from minute in Gen.Choose(0, 24 * 60 - 1)
        select new DateTimeOffset(rangeStart.AddYears(year).AddMonths(month - 1).AddDays(day - 1).AddMinutes(minute), TimeSpan.Zero);

    private static Gen<DateTimeOffset> TickInstants(DateTime rangeStart, int years) =>
        from ticks in LongUpTo(TimeSpan.TicksPerDay * 365 * years)
        select new DateTimeOffset(rangeStart.AddTicks(ticks), TimeSpan.Zero);

    private static Gen<TimeSpan> Durations(CalendarCase calendar)
    {
        var weekly = calendar.Calendar.WeeklyBusinessTime.Ticks;
        return Gen.Frequency(
                (1, Gen.Constant(0L)),
                (2, LongUpTo(TimeSpan.TicksPerHour * 8)),
                (2, LongUpTo(weekly * 8)),
                (2, LongUpTo(weekly * 52 * 10)),
                (1, Gen.Choose(1, 520).Select(weeks => weeks * weekly)))
            .Select(TimeSpan.FromTicks);
    }

    private static Gen<long> LongUpTo(long max) =>
        from high in Gen.Choose(0, int.MaxValue)
        from low in Gen.Choose(0, int.MaxValue)
        select (((long)high << 31) | (uint)low) % (max + 1);

    private static int WeeklyMinutes(CalendarCase calendar) => (int)calendar.Calendar.WeeklyBusinessTime.TotalMinutes;
}
