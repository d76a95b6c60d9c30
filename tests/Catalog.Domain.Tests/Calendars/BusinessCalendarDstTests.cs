using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// Daylight saving changes in 2026: Toronto springs forward on 8 March (02:00 → 03:00) and falls
/// back on 1 November (02:00 → 01:00); Paris on 29 March (02:00 → 03:00) and 25 October (03:00 → 02:00).
/// </summary>
public sealed class BusinessCalendarDstTests
{
    private static readonly TimeZoneInfo Toronto = Zones.Toronto;
    private static readonly TimeZoneInfo Paris = Zones.Paris;

    [Fact]
    public void Friday_16h00_plus_4_business_hours_is_due_Monday_noon_across_the_spring_change()
    {
        var calendar = BusinessCalendar.Default(Toronto);
        var friday = Toronto.At(2026, 3, 6, 16);

        var due = calendar.AddBusinessTime(friday, TimeSpan.FromHours(4));

        due.Should().Be(Toronto.At(2026, 3, 9, 12));
        due.Offset.Should().Be(TimeSpan.FromHours(-4));
        (due - friday).Should().Be(TimeSpan.FromHours(67));
    }

    [Fact]
    public void Friday_16h00_plus_4_business_hours_is_due_Monday_noon_across_the_autumn_change()
    {
        var calendar = BusinessCalendar.Default(Toronto);

        var due = calendar.AddBusinessTime(Toronto.At(2026, 10, 30, 16), TimeSpan.FromHours(4));

        due.Should().Be(Toronto.At(2026, 11, 2, 12));
        due.Offset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Fact]
    public void A_round_the_clock_calendar_has_23_business_hours_on_the_spring_forward_day()
    {
        var calendar = RoundTheClock(Toronto);

        calendar.BusinessTimeBetween(Toronto.At(2026, 3, 8), Toronto.At(2026, 3, 9)).Should().Be(TimeSpan.FromHours(23));
        calendar.AddBusinessTime(Toronto.At(2026, 3, 8), TimeSpan.FromHours(24)).Should().Be(Toronto.At(2026, 3, 9, 1));
    }

    [Fact]
    public void A_round_the_clock_calendar_has_25_business_hours_on_the_fall_back_day()
    {
        var calendar = RoundTheClock(Toronto);

        calendar.BusinessTimeBetween(Toronto.At(2026, 11, 1), Toronto.At(2026, 11, 2)).Should().Be(TimeSpan.FromHours(25));
        calendar.AddBusinessTime(Toronto.At(2026, 11, 1), TimeSpan.FromHours(24)).Should().Be(Toronto.At(2026, 11, 1, 23));
    }

    [Fact]
    public void An_interval_containing_the_spring_change_loses_the_skipped_hour()
    {
        var calendar = SundayNight(Paris, 1, 4);

        calendar.BusinessTimeBetween(Paris.At(2026, 3, 29), Paris.At(2026, 3, 29, 5)).Should().Be(TimeSpan.FromHours(2));
        // From 01:00 +01:00, one hour before the change and half an hour after it.
        calendar.AddBusinessTime(Paris.At(2026, 3, 29, 1), TimeSpan.FromMinutes(90))
            .Should().Be(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void An_interval_containing_the_fall_back_change_counts_the_repeated_hour_twice()
    {
        var calendar = SundayNight(Paris, 1, 4);
        var firstTwoThirty = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2));
        var secondTwoThirty = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1));

        calendar.BusinessTimeBetween(Paris.At(2026, 10, 25), Paris.At(2026, 10, 25, 5)).Should().Be(TimeSpan.FromHours(4));
        // 01:00 to 03:00 summer time, then 02:00 to 02:30 winter time.
        calendar.AddBusinessTime(new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.FromHours(2)), TimeSpan.FromMinutes(150))
            .Should().Be(secondTwoThirty);
        calendar.BusinessTimeBetween(firstTwoThirty, secondTwoThirty).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void An_interval_opening_in_the_skipped_hour_opens_when_the_clock_jumps()
    {
        var calendar = SundayNight(Paris, new TimeOnly(2, 30), new TimeOnly(4, 0));

        calendar.NextBusinessInstant(Paris.At(2026, 3, 29)).Should().Be(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)));
        calendar.BusinessTimeBetween(Paris.At(2026, 3, 29), Paris.At(2026, 3, 30)).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void An_interval_inside_the_repeated_hour_is_open_on_both_passes()
    {
        var calendar = SundayNight(Paris, new TimeOnly(2, 15), new TimeOnly(2, 45));

        calendar.IsBusinessTime(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2))).Should().BeTrue();
        calendar.IsBusinessTime(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1))).Should().BeTrue();
        calendar.IsBusinessTime(new DateTimeOffset(2026, 10, 25, 2, 0, 0, TimeSpan.FromHours(1))).Should().BeFalse();
        calendar.BusinessTimeBetween(Paris.At(2026, 10, 25), Paris.At(2026, 10, 26)).Should().Be(TimeSpan.FromHours(1));
        // 15 minutes of the first pass, then 10 of the second.
        calendar.AddBusinessTime(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), TimeSpan.FromMinutes(25))
            .Should().Be(new DateTimeOffset(2026, 10, 25, 2, 25, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_default_calendar_in_Paris_keeps_seven_hour_days_across_both_changes()
    {
        var calendar = BusinessCalendar.Default(Paris);

        calendar.BusinessTimeBetween(Paris.At(2026, 3, 23), Paris.At(2026, 4, 6)).Should().Be(TimeSpan.FromHours(70));
        calendar.BusinessTimeBetween(Paris.At(2026, 10, 19), Paris.At(2026, 11, 2)).Should().Be(TimeSpan.FromHours(70));
        calendar.AddBusinessTime(Paris.At(2026, 3, 27, 16), TimeSpan.FromHours(4)).Should().Be(Paris.At(2026, 3, 30, 12));
    }

    private static BusinessCalendar RoundTheClock(TimeZoneInfo zone) =>
        new(zone, Enum.GetValues<DayOfWeek>().Select(day => new WeeklyInterval(day, TimeOnly.MinValue, TimeOnly.MinValue)));

    private static BusinessCalendar SundayNight(TimeZoneInfo zone, int fromHour, int toHour) =>
        SundayNight(zone, new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0));

    private static BusinessCalendar SundayNight(TimeZoneInfo zone, TimeOnly from, TimeOnly to) =>
        new(zone, [new WeeklyInterval(DayOfWeek.Sunday, from, to)]);
}
