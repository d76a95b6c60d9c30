using Catalog.Domain.Sla;
using FsCheck.Xunit;

namespace Catalog.Domain.Tests.Sla;

/// <summary>Random spans, targets and calendars: the reading's arithmetic holds whatever the spans.</summary>
[Properties(Arbitrary = [typeof(SpanArbitraries)], MaxTest = 300)]
public sealed class ClockReadingPropertyTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Property]
    public void Elapsed_is_the_sum_of_the_business_time_of_the_spans(SpanScenario scenario)
    {
        var expected = scenario.Spans.Aggregate(TimeSpan.Zero, (sum, span) => sum + scenario.Calendar.BusinessTimeBetween(span.Start, span.End ?? scenario.Now));

        var reading = ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now);

        reading.Elapsed.Should().Be(expected);
        reading.Remaining.Should().Be(scenario.Target.BusinessTime - expected);
        reading.IsRunning.Should().Be(scenario.IsRunning);
    }

    [Property]
    public void A_running_clock_is_due_once_its_remaining_business_time_has_run(SpanScenario scenario)
    {
        var reading = ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now);

        if (!scenario.IsRunning)
        {
            reading.DueAt.Should().BeNull();
            reading.AtRiskAt.Should().BeNull();
            return;
        }

        reading.DueAt.Should().NotBeNull();
        reading.DueAt.Should().Be(ClockReading.BreachInstant(scenario.Spans, scenario.Target, scenario.Calendar));
        reading.AtRiskAt.Should().Be(ClockReading.AtRiskInstant(scenario.Spans, scenario.Target, scenario.Calendar));
        if (reading.Remaining > TimeSpan.Zero)
        {
            reading.DueAt!.Value.Should().BeAfter(scenario.Now);
            scenario.Calendar.BusinessTimeBetween(scenario.Now, reading.DueAt.Value).Should().Be(reading.Remaining);
        }
        else
        {
            reading.DueAt!.Value.Should().BeOnOrBefore(scenario.Now);
        }
    }

    [Property]
    public void A_clock_is_breached_from_its_breach_instant_and_not_a_tick_before(SpanScenario scenario)
    {
        var breach = ClockReading.BreachInstant(scenario.Spans, scenario.Target, scenario.Calendar);

        if (breach is not { } at)
        {
            ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now).IsBreached.Should().BeFalse();
            return;
        }

        var reading = ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, at);
        reading.IsBreached.Should().BeTrue();
        reading.Elapsed.Should().Be(scenario.Target.BusinessTime);
        ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, at - Tick).IsBreached.Should().BeFalse();
    }

    [Property]
    public void A_clock_is_at_risk_from_its_at_risk_instant_and_not_a_tick_before(SpanScenario scenario)
    {
        var atRisk = ClockReading.AtRiskInstant(scenario.Spans, scenario.Target, scenario.Calendar);

        if (atRisk is not { } at)
        {
            ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now).IsAtRisk.Should().BeFalse();
            return;
        }

        ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, at).IsAtRisk.Should().BeTrue();
        ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, at - Tick).IsAtRisk.Should().BeFalse();
        if (ClockReading.BreachInstant(scenario.Spans, scenario.Target, scenario.Calendar) is { } breach)
        {
            at.Should().BeOnOrBefore(breach);
        }
    }

    [Property]
    public void Elapsed_per_department_adds_up_to_elapsed(SpanScenario scenario)
    {
        var byDepartment = ClockReading.ElapsedByDepartment(scenario.Spans, scenario.Calendar, scenario.Now);

        byDepartment.Keys.Should().BeEquivalentTo(scenario.Spans.Select(s => s.HolderDepartment).Distinct());
        byDepartment.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t)
            .Should().Be(ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now).Elapsed);
    }

    [Property]
    public void A_paused_clock_stops_counting_and_resuming_pushes_the_due_instant_by_the_paused_business_time(SpanScenario scenario)
    {
        var reading = ClockReading.Evaluate(scenario.Spans, scenario.Target, scenario.Calendar, scenario.Now);
        if (!scenario.IsRunning || reading.Remaining <= TimeSpan.Zero)
        {
            return;
        }

        var resumedAt = scenario.Now + scenario.Pause;
        ClockSpan[] paused = [.. scenario.Spans[..^1], scenario.Spans[^1] with { End = scenario.Now }];
        ClockSpan[] resumed = [.. paused, new ClockSpan(resumedAt, null, "it")];

        var whilePaused = ClockReading.Evaluate(paused, scenario.Target, scenario.Calendar, resumedAt);
        whilePaused.Elapsed.Should().Be(reading.Elapsed);
        whilePaused.DueAt.Should().BeNull();
        var pausedTime = scenario.Calendar.BusinessTimeBetween(scenario.Now, resumedAt);
        ClockReading.Evaluate(resumed, scenario.Target, scenario.Calendar, resumedAt).DueAt
            .Should().Be(scenario.Calendar.AddBusinessTime(reading.DueAt!.Value, pausedTime));
    }
}
