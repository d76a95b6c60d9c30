using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>The default calendar (08:30–12:00, 13:00–16:30, Monday to Friday) in Toronto, in January 2026.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Toronto = Zones.Toronto;
    private readonly BusinessCalendar calendar = BusinessCalendar.Default(Toronto);

    [Fact]
    public void Friday_16h00_plus_4_business_hours_is_due_Monday_noon()
    {
        // 30 minutes on Friday, then 3 h 30 on Monday morning.
        calendar.AddBusinessTime(Toronto.At(2026, 1, 9, 16), TimeSpan.FromHours(4))
            .Should().Be(Toronto.At(2026, 1, 12, 12));
    }

    [Fact]
    public void A_clock_ending_exactly_at_an_interval_end_is_due_then_not_at_the_next_opening()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 11), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 12, 12));
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 8, 30), TimeSpan.FromHours(7)).Should().Be(Toronto.At(2026, 1, 12, 16, 30));
    }

    [Fact]
    public void A_start_before_opening_counts_from_the_opening()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 7), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 12, 9, 30));
    }

    [Fact]
    public void A_start_on_the_weekend_counts_from_Monday_opening()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 10, 10), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 12, 9, 30));
    }

    [Fact]
    public void A_start_during_lunch_counts_from_13h00()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 12, 30), TimeSpan.FromMinutes(30)).Should().Be(Toronto.At(2026, 1, 12, 13, 30));
    }

    [Fact]
    public void The_lunch_break_does_not_count()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 11, 30), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 12, 13, 30));
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 12, 11), Toronto.At(2026, 1, 12, 14)).Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void A_start_after_closing_counts_from_the_next_morning()
    {
        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 18), TimeSpan.FromHours(2)).Should().Be(Toronto.At(2026, 1, 13, 10, 30));
    }

    [Fact]
    public void A_zero_duration_returns_the_start_unchanged_even_outside_business_hours()
    {
        var sunday = Toronto.At(2026, 1, 11, 3);

        var due = calendar.AddBusinessTime(sunday, TimeSpan.Zero);

        due.Should().Be(sunday);
        due.Offset.Should().Be(sunday.Offset);
    }

    [Fact]
    public void A_negative_duration_is_rejected()
    {
        var act = () => calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 9), TimeSpan.FromMinutes(-1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_due_instant_is_expressed_in_the_calendar_offset()
    {
        var startInUtc = Toronto.At(2026, 1, 9, 16).ToUniversalTime();

        var due = calendar.AddBusinessTime(startInUtc, TimeSpan.FromHours(4));

        due.Offset.Should().Be(TimeSpan.FromHours(-5));
        due.DateTime.Should().Be(new DateTime(2026, 1, 12, 12, 0, 0));
    }

    [Fact]
    public void BusinessTimeBetween_counts_only_business_hours()
    {
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 12, 8), Toronto.At(2026, 1, 13, 8)).Should().Be(TimeSpan.FromHours(7));
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 9, 16), Toronto.At(2026, 1, 12, 12)).Should().Be(TimeSpan.FromHours(4));
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 5), Toronto.At(2026, 1, 12)).Should().Be(TimeSpan.FromHours(35));
    }

    [Fact]
    public void BusinessTimeBetween_is_negative_when_the_end_comes_first()
    {
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 13, 8), Toronto.At(2026, 1, 12, 8)).Should().Be(TimeSpan.FromHours(-7));
    }

    [Fact]
    public void IsBusinessTime_includes_interval_starts_and_excludes_interval_ends()
    {
        calendar.IsBusinessTime(Toronto.At(2026, 1, 12, 8, 30)).Should().BeTrue();
        calendar.IsBusinessTime(Toronto.At(2026, 1, 12, 8, 29)).Should().BeFalse();
        calendar.IsBusinessTime(Toronto.At(2026, 1, 12, 12)).Should().BeFalse();
        calendar.IsBusinessTime(Toronto.At(2026, 1, 12, 11, 59)).Should().BeTrue();
        calendar.IsBusinessTime(Toronto.At(2026, 1, 10, 10)).Should().BeFalse();
    }

    [Fact]
    public void NextBusinessInstant_is_the_instant_itself_during_business_hours()
    {
        var instant = Toronto.At(2026, 1, 12, 10, 15);

        calendar.NextBusinessInstant(instant).Should().Be(instant);
    }

    [Fact]
    public void NextBusinessInstant_is_the_next_opening_outside_business_hours()
    {
        calendar.NextBusinessInstant(Toronto.At(2026, 1, 9, 17)).Should().Be(Toronto.At(2026, 1, 12, 8, 30));
        calendar.NextBusinessInstant(Toronto.At(2026, 1, 12, 12)).Should().Be(Toronto.At(2026, 1, 12, 13));
    }

    [Fact]
    public void A_business_day_of_the_default_calendar_is_7_hours()
    {
        calendar.BusinessDay.Should().Be(TimeSpan.FromHours(7));
        calendar.WeeklyBusinessTime.Should().Be(TimeSpan.FromHours(35));
    }

    [Fact]
    public void Five_business_days_from_Monday_10h00_are_due_the_next_Monday_10h00()
    {
        calendar.AddBusinessDays(Toronto.At(2026, 1, 12, 10), 5).Should().Be(Toronto.At(2026, 1, 19, 10));
    }

    [Fact]
    public void One_business_day_from_the_morning_opening_is_due_at_that_evening_closing()
    {
        calendar.AddBusinessDays(Toronto.At(2026, 1, 12, 8, 30), 1).Should().Be(Toronto.At(2026, 1, 12, 16, 30));
    }

    [Fact]
    public void A_business_day_is_the_weekly_business_time_spread_over_the_working_days()
    {
        var mondayAndWednesday = new BusinessCalendar(Toronto,
        [
            new WeeklyInterval(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0)),
            new WeeklyInterval(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(13, 0)),
        ]);

        mondayAndWednesday.BusinessDay.Should().Be(TimeSpan.FromHours(6));
    }

    [Fact]
    public void A_10_year_target_lands_on_the_instant_its_business_time_says()
    {
        var start = Toronto.At(2026, 1, 12, 10);
        var tenYears = TimeSpan.FromHours(35 * 52 * 10);

        var due = calendar.AddBusinessTime(start, tenYears);

        calendar.BusinessTimeBetween(start, due).Should().Be(tenYears);
        due.Year.Should().Be(2035);
    }

    [Fact]
    public void Instants_outside_the_supported_range_are_rejected()
    {
        var before = () => calendar.IsBusinessTime(new DateTimeOffset(1899, 12, 31, 0, 0, 0, TimeSpan.Zero));
        var beyond = () => calendar.AddBusinessTime(Toronto.At(2199, 12, 1), TimeSpan.FromDays(365));

        before.Should().Throw<ArgumentOutOfRangeException>();
        beyond.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_schedule_of_whole_days_uses_midnight_as_the_end_of_the_day()
    {
        var allWeek = new BusinessCalendar(Toronto,
            Enum.GetValues<DayOfWeek>().Select(day => new WeeklyInterval(day, TimeOnly.MinValue, TimeOnly.MinValue)));

        allWeek.WeeklyBusinessTime.Should().Be(TimeSpan.FromDays(7));
        allWeek.AddBusinessTime(Toronto.At(2026, 1, 12, 10), TimeSpan.FromHours(30)).Should().Be(Toronto.At(2026, 1, 13, 16));
    }
}
