using Catalog.Domain.Calendars;
using FsCheck.Xunit;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// The business intervals a live page counts down with: on random calendars (zones with daylight saving, dated and
/// yearly holidays, odd schedules) the time they cover in any span is exactly what the calendar says, so a page that
/// only adds up overlaps can never disagree with the server's clocks.
/// </summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public sealed class BusinessIntervalsTests
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(8);

    [Property(MaxTest = 150)]
    public void The_intervals_of_a_span_cover_exactly_its_business_time(ShortScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var (from, to) = (scenario.Start, scenario.End);

        var intervals = BusinessIntervals.Between(calendar, from, to);

        TimeSpan.FromTicks(intervals.Sum(i => (i.End - i.Start).Ticks)).Should().Be(calendar.BusinessTimeBetween(from, to));
    }

    [Property(MaxTest = 150)]
    public void Any_part_of_a_window_has_the_business_time_of_its_overlap_with_the_intervals(ShortScenario scenario)
    {
        // As a page does it: a window from an hour for eight days, then a countdown's span anywhere inside it.
        var calendar = scenario.Case.Calendar;
        var from = new DateTimeOffset(scenario.Start.UtcTicks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, TimeSpan.Zero);
        var intervals = BusinessIntervals.Between(calendar, from, from + Horizon);
        var spanStart = from + TimeSpan.FromTicks(Math.Abs(scenario.Duration.Ticks) % Horizon.Ticks);
        var spanEnd = spanStart + TimeSpan.FromTicks(Math.Min((scenario.End - scenario.Start).Ticks, (from + Horizon - spanStart).Ticks));

        var overlap = intervals.Sum(i => Math.Max(0, Math.Min(i.End.UtcTicks, spanEnd.UtcTicks) - Math.Max(i.Start.UtcTicks, spanStart.UtcTicks)));

        TimeSpan.FromTicks(overlap).Should().Be(calendar.BusinessTimeBetween(spanStart, spanEnd));
    }

    [Property(MaxTest = 150)]
    public void Intervals_are_ordered_and_apart_and_open_exactly_inside(ShortScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var intervals = BusinessIntervals.Between(calendar, scenario.Start, scenario.End);

        for (var i = 0; i < intervals.Count; i++)
        {
            var (start, end) = intervals[i];
            start.Should().BeBefore(end);
            start.Offset.Should().Be(TimeSpan.Zero);
            calendar.IsBusinessTime(start).Should().BeTrue();
            calendar.IsBusinessTime(end.AddTicks(-1)).Should().BeTrue();
            if (end < scenario.End)
            {
                calendar.IsBusinessTime(end).Should().BeFalse("an interval ends where business time stops");
            }

            if (i > 0)
            {
                start.Should().BeAfter(intervals[i - 1].End, "touching intervals come merged");
            }
        }
    }

    [Fact]
    public void A_lunch_break_and_the_night_cut_a_day_into_two_intervals_in_utc()
    {
        var calendar = BusinessCalendar.Default(Zones.Toronto);
        var monday = Zones.Toronto.At(2026, 11, 23);

        var intervals = BusinessIntervals.Between(calendar, monday, monday.AddDays(1));

        intervals.Should().Equal(
            (Zones.Toronto.At(2026, 11, 23, 8, 30).ToUniversalTime(), Zones.Toronto.At(2026, 11, 23, 12).ToUniversalTime()),
            (Zones.Toronto.At(2026, 11, 23, 13).ToUniversalTime(), Zones.Toronto.At(2026, 11, 23, 16, 30).ToUniversalTime()));
        intervals[0].Start.Hour.Should().Be(13, "08:30 in Toronto is 13:30 UTC in November");
    }

    [Fact]
    public void The_spring_change_moves_the_opening_one_hour_earlier_in_utc_and_a_holiday_has_none()
    {
        var calendar = BusinessCalendar.Default(Zones.Toronto, holidays: [new DateOnly(2026, 3, 10)]);

        var intervals = BusinessIntervals.Between(calendar, Zones.Toronto.At(2026, 3, 6), Zones.Toronto.At(2026, 3, 11));

        intervals.Select(i => i.Start).Should().Equal(
            new DateTimeOffset(2026, 3, 6, 13, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 9, 12, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 9, 17, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_round_the_clock_calendar_is_one_interval_across_midnight_and_the_autumn_change()
    {
        var calendar = new BusinessCalendar(Zones.Toronto, Enum.GetValues<DayOfWeek>().Select(day => new WeeklyInterval(day, TimeOnly.MinValue, TimeOnly.MinValue)));
        var from = Zones.Toronto.At(2026, 10, 31);
        var to = Zones.Toronto.At(2026, 11, 3);

        BusinessIntervals.Between(calendar, from, to).Should().Equal((from.ToUniversalTime(), to.ToUniversalTime()));
    }
}
