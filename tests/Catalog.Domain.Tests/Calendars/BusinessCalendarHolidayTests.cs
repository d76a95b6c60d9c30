using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>Dated and recurring holidays on the default calendar in Toronto.</summary>
public sealed class BusinessCalendarHolidayTests
{
    private static readonly TimeZoneInfo Toronto = Zones.Toronto;
    private static readonly AnnualDate NewYear = new(1, 1);
    private static readonly AnnualDate Christmas = new(12, 25);
    private static readonly AnnualDate BoxingDay = new(12, 26);

    [Fact]
    public void A_dated_holiday_is_skipped_whole()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 1, 16)]);

        // Thursday 16:00 + 1 h: 30 minutes on Thursday, Friday off, 30 minutes on Monday.
        calendar.AddBusinessTime(Toronto.At(2026, 1, 15, 16), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 19, 9));
        calendar.IsBusinessTime(Toronto.At(2026, 1, 16, 10)).Should().BeFalse();
    }

    [Fact]
    public void A_start_on_a_holiday_counts_from_the_next_working_day()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 1, 12)]);

        calendar.AddBusinessTime(Toronto.At(2026, 1, 12, 10), TimeSpan.FromHours(2)).Should().Be(Toronto.At(2026, 1, 13, 10, 30));
        calendar.NextBusinessInstant(Toronto.At(2026, 1, 12, 10)).Should().Be(Toronto.At(2026, 1, 13, 8, 30));
    }

    [Fact]
    public void Recurring_holidays_carry_a_clock_over_the_year_end()
    {
        var calendar = BusinessCalendar.Default(Toronto, recurringHolidays: [Christmas, BoxingDay, NewYear]);

        // Wednesday 24 December 16:00: 30 minutes, then Christmas, Boxing Day, the weekend.
        calendar.AddBusinessTime(Toronto.At(2025, 12, 24, 16), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2025, 12, 29, 9));
        // Wednesday 31 December 16:00: 30 minutes, then New Year's Day, due Friday 2 January.
        calendar.AddBusinessTime(Toronto.At(2025, 12, 31, 16), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 1, 2, 9));
    }

    [Fact]
    public void A_clock_crosses_the_year_end_without_holidays()
    {
        var calendar = BusinessCalendar.Default(Toronto);

        calendar.AddBusinessTime(Toronto.At(2026, 12, 31, 16), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2027, 1, 1, 9));
    }

    [Fact]
    public void Recurring_holidays_remove_their_weekdays_in_every_year()
    {
        var calendar = BusinessCalendar.Default(Toronto, recurringHolidays: [NewYear, Christmas]);
        var plain = BusinessCalendar.Default(Toronto);
        var from = Toronto.At(2026, 1, 1);
        var to = Toronto.At(2036, 1, 1);
        var weekdayHolidays = 0;
        for (var year = 2026; year < 2036; year++)
        {
            weekdayHolidays += IsWeekday(new DateOnly(year, 1, 1)) ? 1 : 0;
            weekdayHolidays += IsWeekday(new DateOnly(year, 12, 25)) ? 1 : 0;
        }

        calendar.BusinessTimeBetween(from, to)
            .Should().Be(plain.BusinessTimeBetween(from, to) - TimeSpan.FromHours(7 * weekdayHolidays));
    }

    [Fact]
    public void A_recurring_29_February_is_a_holiday_only_in_leap_years()
    {
        var calendar = BusinessCalendar.Default(Toronto, recurringHolidays: [new AnnualDate(2, 29)]);

        calendar.IsBusinessTime(Toronto.At(2028, 2, 29, 10)).Should().BeFalse();
        calendar.IsBusinessTime(Toronto.At(2027, 3, 1, 10)).Should().BeTrue();
        calendar.IsBusinessTime(Toronto.At(2027, 2, 26, 10)).Should().BeTrue();
    }

    [Fact]
    public void A_dated_holiday_repeating_a_recurring_one_is_not_removed_twice()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 12, 25)], recurringHolidays: [Christmas]);

        calendar.BusinessTimeBetween(Toronto.At(2026, 12, 21), Toronto.At(2026, 12, 28)).Should().Be(TimeSpan.FromHours(28));
    }

    [Fact]
    public void A_holiday_on_the_weekend_changes_nothing()
    {
        var calendar = BusinessCalendar.Default(Toronto, holidays: [new DateOnly(2026, 1, 10)]);

        calendar.AddBusinessTime(Toronto.At(2026, 1, 9, 16), TimeSpan.FromHours(4)).Should().Be(Toronto.At(2026, 1, 12, 12));
    }

    [Fact]
    public void A_long_closure_is_crossed_in_one_step()
    {
        // Every day from 5 January to 30 April 2026 off: 116 consecutive holidays.
        var closure = Enumerable.Range(0, 116).Select(day => new DateOnly(2026, 1, 5).AddDays(day));
        var calendar = BusinessCalendar.Default(Toronto, holidays: closure);

        calendar.AddBusinessTime(Toronto.At(2026, 1, 2, 16), TimeSpan.FromHours(1)).Should().Be(Toronto.At(2026, 5, 1, 9));
        calendar.BusinessTimeBetween(Toronto.At(2026, 1, 2, 16), Toronto.At(2026, 5, 1, 9)).Should().Be(TimeSpan.FromHours(1));
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
