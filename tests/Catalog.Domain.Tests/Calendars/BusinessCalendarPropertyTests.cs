using FsCheck.Xunit;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// Random calendars, instants and durations: the fast calendar agrees with the minute-stepping
/// reference on short spans, and keeps its algebra (inverse, additive, monotonic) over long ones.
/// </summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public sealed class BusinessCalendarPropertyTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Property(MaxTest = 150)]
    public void AddBusinessTime_agrees_with_minute_stepping(ShortScenario scenario)
    {
        var expected = scenario.Case.Reference.AddBusinessTime(scenario.Start, scenario.Duration);

        scenario.Case.Calendar.AddBusinessTime(scenario.Start, scenario.Duration).Should().Be(expected);
    }

    [Property(MaxTest = 150)]
    public void BusinessTimeBetween_agrees_with_minute_stepping(ShortScenario scenario)
    {
        var expected = scenario.Case.Reference.BusinessTimeBetween(scenario.Start, scenario.End);

        scenario.Case.Calendar.BusinessTimeBetween(scenario.Start, scenario.End).Should().Be(expected);
    }

    [Property(MaxTest = 150)]
    public void IsBusinessTime_and_NextBusinessInstant_agree_with_minute_stepping(ShortScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var reference = scenario.Case.Reference;

        calendar.IsBusinessTime(scenario.Start).Should().Be(reference.IsBusinessTime(scenario.Start));
        calendar.IsBusinessTime(scenario.End).Should().Be(reference.IsBusinessTime(scenario.End));
        calendar.NextBusinessInstant(scenario.Start).Should().Be(reference.NextBusinessInstant(scenario.Start));
    }

    [Property(MaxTest = 400)]
    public void BusinessTimeBetween_undoes_AddBusinessTime(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;

        var due = calendar.AddBusinessTime(scenario.Start, scenario.First);

        calendar.BusinessTimeBetween(scenario.Start, due).Should().Be(scenario.First);
    }

    [Property(MaxTest = 400)]
    public void AddBusinessTime_of_the_business_time_between_reaches_the_same_business_instant_no_later(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var (from, to) = scenario.Other >= scenario.Start ? (scenario.Start, scenario.Other) : (scenario.Other, scenario.Start);

        var elapsed = calendar.BusinessTimeBetween(from, to);
        var reached = calendar.AddBusinessTime(from, elapsed);

        reached.Should().BeOnOrBefore(to);
        calendar.BusinessTimeBetween(from, reached).Should().Be(elapsed);
        calendar.BusinessTimeBetween(reached, to).Should().Be(TimeSpan.Zero);
    }

    [Property(MaxTest = 400)]
    public void AddBusinessTime_is_monotonic_in_the_duration(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var (shorter, longer) = scenario.First <= scenario.Second ? (scenario.First, scenario.Second) : (scenario.Second, scenario.First);

        calendar.AddBusinessTime(scenario.Start, shorter).Should().BeOnOrBefore(calendar.AddBusinessTime(scenario.Start, longer));
    }

    [Property(MaxTest = 400)]
    public void Adding_two_durations_one_after_the_other_equals_adding_their_sum(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;

        var stepwise = calendar.AddBusinessTime(calendar.AddBusinessTime(scenario.Start, scenario.First), scenario.Second);

        stepwise.Should().Be(calendar.AddBusinessTime(scenario.Start, scenario.First + scenario.Second));
    }

    [Property(MaxTest = 400)]
    public void A_positive_duration_is_due_right_after_a_tick_of_business_time(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var duration = scenario.First + Tick;

        var due = calendar.AddBusinessTime(scenario.Start, duration);

        // Due at the end of the last business tick: at an interval's end, never at the next opening.
        calendar.IsBusinessTime(due - Tick).Should().BeTrue();
    }

    [Property(MaxTest = 400)]
    public void BusinessTimeBetween_is_antisymmetric_and_additive(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;
        var middle = calendar.AddBusinessTime(scenario.Start, scenario.First);

        calendar.BusinessTimeBetween(scenario.Other, scenario.Start)
            .Should().Be(-calendar.BusinessTimeBetween(scenario.Start, scenario.Other));
        (calendar.BusinessTimeBetween(scenario.Other, scenario.Start) + calendar.BusinessTimeBetween(scenario.Start, middle))
            .Should().Be(calendar.BusinessTimeBetween(scenario.Other, middle));
    }

    [Property(MaxTest = 400)]
    public void NextBusinessInstant_is_the_first_business_instant_not_before_the_given_one(LongScenario scenario)
    {
        var calendar = scenario.Case.Calendar;

        var next = calendar.NextBusinessInstant(scenario.Start);

        next.Should().BeOnOrAfter(scenario.Start);
        calendar.IsBusinessTime(next).Should().BeTrue();
        calendar.BusinessTimeBetween(scenario.Start, next).Should().Be(TimeSpan.Zero);
    }
}
