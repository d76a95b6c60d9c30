using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

public sealed class CalendarDefinitionValidatorTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Noon = new(12, 0);

    [Fact]
    public void The_default_definition_is_valid()
    {
        CalendarDefinitionValidator.Validate(CalendarDefinition.Default("America/Toronto")).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_time_zone_is_reported()
    {
        CalendarDefinitionValidator.Validate(CalendarDefinition.Default("Mars/Olympus_Mons"))
            .Should().ContainSingle().Which.Should().Contain("Unknown time zone 'Mars/Olympus_Mons'");
    }

    [Fact]
    public void An_empty_schedule_is_reported()
    {
        CalendarDefinitionValidator.Validate(new CalendarDefinition("Europe/Paris", [], [], []))
            .Should().ContainSingle().Which.Should().Contain("schedule is empty");
    }

    [Fact]
    public void An_interval_starting_at_or_after_its_end_is_reported()
    {
        var definition = new CalendarDefinition("Europe/Paris",
        [
            new WeeklyInterval(DayOfWeek.Monday, Noon, Nine),
            new WeeklyInterval(DayOfWeek.Tuesday, Nine, Nine),
        ], [], []);

        CalendarDefinitionValidator.Validate(definition).Should().HaveCount(2)
            .And.AllSatisfy(error => error.Should().Contain("start must be before the end"));
    }

    [Fact]
    public void Overlapping_intervals_are_reported_and_touching_ones_are_not()
    {
        var definition = new CalendarDefinition("Europe/Paris",
        [
            new WeeklyInterval(DayOfWeek.Monday, Nine, Noon),
            new WeeklyInterval(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(13, 0)),
            new WeeklyInterval(DayOfWeek.Tuesday, Nine, Noon),
            new WeeklyInterval(DayOfWeek.Tuesday, Noon, new TimeOnly(13, 0)),
        ], [], []);

        CalendarDefinitionValidator.Validate(definition)
            .Should().ContainSingle().Which.Should().Be("Intervals Monday 09:00–12:00 and Monday 11:00–13:00 overlap.");
    }

    [Fact]
    public void An_interval_nested_in_a_longer_one_is_reported()
    {
        var definition = new CalendarDefinition("Europe/Paris",
        [
            new WeeklyInterval(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(17, 0)),
            new WeeklyInterval(DayOfWeek.Monday, Nine, new TimeOnly(10, 0)),
            new WeeklyInterval(DayOfWeek.Monday, new TimeOnly(11, 0), Noon),
        ], [], []);

        CalendarDefinitionValidator.Validate(definition).Should().HaveCount(2);
    }

    [Fact]
    public void Midnight_as_an_end_means_the_end_of_the_day()
    {
        var definition = new CalendarDefinition("UTC", [new WeeklyInterval(DayOfWeek.Sunday, new TimeOnly(22, 0), TimeOnly.MinValue)], [], []);

        CalendarDefinitionValidator.Validate(definition).Should().BeEmpty();
        definition.Schedule[0].Length.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void An_impossible_recurring_date_is_reported()
    {
        var definition = CalendarDefinition.Default("UTC") with { RecurringHolidays = [new AnnualDate(2, 30), new AnnualDate(13, 1)] };

        CalendarDefinitionValidator.Validate(definition).Should().HaveCount(2)
            .And.AllSatisfy(error => error.Should().Contain("not a valid month and day"));
    }

    [Fact]
    public void A_year_made_only_of_recurring_holidays_is_reported()
    {
        var everyDay = Enumerable.Range(1, 12)
            .SelectMany(month => Enumerable.Range(1, DateTime.DaysInMonth(2000, month)).Select(day => new AnnualDate(month, day)))
            .ToArray();
        var definition = CalendarDefinition.Default("UTC") with { RecurringHolidays = everyDay };

        CalendarDefinitionValidator.Validate(definition).Should().ContainSingle().Which.Should().Contain("no business time");
    }

    [Fact]
    public void FromDefinition_rejects_an_invalid_definition_with_the_validation_messages()
    {
        var act = () => BusinessCalendar.FromDefinition(new CalendarDefinition("Nowhere/Atlantis", [], [], []));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*Unknown time zone 'Nowhere/Atlantis'*")
            .WithMessage("*schedule is empty*");
    }

    [Fact]
    public void A_calendar_gives_back_a_definition_that_rebuilds_it()
    {
        var definition = new CalendarDefinition("America/Toronto", CalendarDefinition.DefaultSchedule,
            [new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 3)], [new AnnualDate(7, 1)]);

        var stored = BusinessCalendar.FromDefinition(definition).ToDefinition();

        stored.TimeZoneId.Should().Be("America/Toronto");
        stored.Schedule.Should().BeEquivalentTo(CalendarDefinition.DefaultSchedule);
        stored.Holidays.Should().Equal(new DateOnly(2026, 4, 3));
        stored.RecurringHolidays.Should().Equal(new AnnualDate(7, 1));
        BusinessCalendar.FromDefinition(stored).BusinessDay.Should().Be(TimeSpan.FromHours(7));
    }
}
