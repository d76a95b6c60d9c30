using Catalog.Domain.Sla;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Sla;

/// <summary>The design's key case and its variations, on the default calendar in Toronto.</summary>
public sealed class ClockReadingTests
{
    private static readonly ClockTarget FourHours = new(TimeSpan.FromHours(4));
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Filed_Friday_16h00_with_four_business_hours_is_due_Monday_12h00()
    {
        ClockSpan[] spans = [new(Friday(16), null, "it")];

        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Friday(16, 10));

        reading.IsRunning.Should().BeTrue();
        reading.DueAt.Should().Be(Monday(12));
        reading.Elapsed.Should().Be(TimeSpan.FromMinutes(10));
        reading.Remaining.Should().Be(TimeSpan.FromMinutes(230));
    }

    [Fact]
    public void Over_the_weekend_only_the_half_hour_of_Friday_has_elapsed()
    {
        ClockSpan[] spans = [new(Friday(16), null, "it")];

        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(8));

        reading.Elapsed.Should().Be(TimeSpan.FromMinutes(30));
        reading.Remaining.Should().Be(TimeSpan.FromHours(3.5));
        reading.IsAtRisk.Should().BeFalse();
        reading.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void It_is_breached_at_Monday_12h00_exactly_and_not_one_second_before()
    {
        ClockSpan[] spans = [new(Friday(16), null, "it")];

        var before = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(12) - Second);
        var at = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(12));

        before.IsBreached.Should().BeFalse();
        before.Remaining.Should().Be(Second);
        at.IsBreached.Should().BeTrue();
        at.Remaining.Should().Be(TimeSpan.Zero);
        at.DueAt.Should().Be(Monday(12));
    }

    [Fact]
    public void It_is_at_risk_at_three_quarters_of_the_target_Monday_11h00()
    {
        ClockSpan[] spans = [new(Friday(16), null, "it")];

        var before = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(11) - Second);
        var at = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(11));

        before.AtRiskAt.Should().Be(Monday(11));
        before.IsAtRisk.Should().BeFalse();
        at.IsAtRisk.Should().BeTrue();
        at.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void After_the_breach_the_due_and_at_risk_instants_stay_when_they_were_reached()
    {
        ClockSpan[] spans = [new(Friday(16), null, "it")];

        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(14));

        reading.IsAtRisk.Should().BeTrue();
        reading.IsBreached.Should().BeTrue();
        reading.Remaining.Should().Be(TimeSpan.FromHours(-1));
        reading.DueAt.Should().Be(Monday(12));
        reading.AtRiskAt.Should().Be(Monday(11));
    }

    [Fact]
    public void Pausing_stops_the_clock_elapsed_does_not_grow_and_nothing_is_due()
    {
        ClockSpan[] spans = [new(Friday(16), Monday(9), "it")];

        var atPause = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(9));
        var later = ClockReading.Evaluate(spans, FourHours, Toronto, Tuesday(15));

        atPause.Elapsed.Should().Be(TimeSpan.FromHours(1));
        later.Elapsed.Should().Be(TimeSpan.FromHours(1));
        later.IsRunning.Should().BeFalse();
        later.DueAt.Should().BeNull();
        later.AtRiskAt.Should().BeNull();
        later.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void Resuming_later_pushes_the_due_instant_by_the_paused_business_time()
    {
        ClockSpan[] spans = [new(Friday(16), Monday(9), "it"), new(Tuesday(9), null, "it")];
        var paused = Toronto.BusinessTimeBetween(Monday(9), Tuesday(9));

        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Tuesday(10));

        paused.Should().Be(TimeSpan.FromHours(7));
        reading.Elapsed.Should().Be(TimeSpan.FromHours(2));
        reading.DueAt.Should().Be(Toronto.AddBusinessTime(Monday(12), paused)).And.Be(Tuesday(12));
        reading.AtRiskAt.Should().Be(Tuesday(11));
    }

    [Fact]
    public void Spans_held_by_two_departments_report_elapsed_per_department()
    {
        ClockSpan[] spans = [new(Friday(16), Monday(10), "it"), new(Monday(10), null, "facilities")];

        var byDepartment = ClockReading.ElapsedByDepartment(spans, Toronto, Monday(14));
        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Monday(14));

        byDepartment.Should().BeEquivalentTo(new Dictionary<string, TimeSpan>
        {
            ["it"] = TimeSpan.FromHours(2),
            ["facilities"] = TimeSpan.FromHours(3),
        });
        reading.Elapsed.Should().Be(TimeSpan.FromHours(5));
        reading.DueAt.Should().Be(Monday(12), "the handover does not move the deadline");
    }

    [Fact]
    public void Elapsed_per_department_adds_the_spans_of_the_same_holder()
    {
        ClockSpan[] spans = [new(Monday(9), Monday(10), "it"), new(Monday(10), Monday(11), "hr"), new(Monday(11), null, "it")];

        var byDepartment = ClockReading.ElapsedByDepartment(spans, Toronto, Monday(11, 30));

        byDepartment.Should().BeEquivalentTo(new Dictionary<string, TimeSpan>
        {
            ["it"] = TimeSpan.FromHours(1.5),
            ["hr"] = TimeSpan.FromHours(1),
        });
    }

    [Fact]
    public void A_clock_that_never_started_is_not_running_nor_at_risk_nor_breached()
    {
        var reading = ClockReading.Evaluate([], new ClockTarget(TimeSpan.Zero), Toronto, Monday(10));

        reading.HasStarted.Should().BeFalse();
        reading.IsRunning.Should().BeFalse();
        reading.Elapsed.Should().Be(TimeSpan.Zero);
        reading.DueAt.Should().BeNull();
        reading.IsAtRisk.Should().BeFalse();
        reading.IsBreached.Should().BeFalse();
    }

    [Fact]
    public void A_zero_target_is_breached_the_instant_the_clock_starts()
    {
        ClockSpan[] spans = [new(Monday(10), null, "it")];
        var target = new ClockTarget(TimeSpan.Zero);

        ClockReading.Evaluate(spans, target, Toronto, Monday(10) - Second).IsBreached.Should().BeFalse();
        var reading = ClockReading.Evaluate(spans, target, Toronto, Monday(10));
        reading.IsBreached.Should().BeTrue();
        reading.DueAt.Should().Be(Monday(10));
    }

    [Fact]
    public void Time_after_now_does_not_count()
    {
        ClockSpan[] spans = [new(Monday(9), Monday(15), "it")];

        ClockReading.Evaluate(spans, FourHours, Toronto, Monday(10)).Elapsed.Should().Be(TimeSpan.FromHours(1));
        ClockReading.ElapsedByDepartment(spans, Toronto, Monday(10))["it"].Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void A_stopped_clock_breach_instant_is_when_its_spans_reached_the_target()
    {
        // 30 min Friday, 1 h Monday morning, then 3 h Tuesday: the 4th hour ends Tuesday 11:00.
        ClockSpan[] spans = [new(Friday(16), Monday(9, 30), "it"), new(Tuesday(8, 30), Tuesday(11, 30), "it")];

        ClockReading.BreachInstant(spans, FourHours, Toronto).Should().Be(Tuesday(11));
        ClockReading.AtRiskInstant(spans, FourHours, Toronto).Should().Be(Tuesday(10));
        ClockReading.Evaluate(spans, FourHours, Toronto, Tuesday(15)).DueAt.Should().BeNull();
    }

    [Fact]
    public void A_stopped_clock_that_stayed_within_its_target_has_no_breach_instant()
    {
        ClockSpan[] spans = [new(Friday(16), Monday(10), "it")];

        ClockReading.BreachInstant(spans, FourHours, Toronto).Should().BeNull();
        ClockReading.AtRiskInstant(spans, FourHours, Toronto).Should().BeNull();
    }

    [Fact]
    public void A_target_reached_exactly_at_a_span_end_is_breached_at_that_end_not_when_the_clock_resumes()
    {
        ClockSpan[] spans = [new(Monday(8, 30), Monday(12, 30), "it"), new(Tuesday(9), null, "it")];
        var target = new ClockTarget(TimeSpan.FromHours(3.5));

        var reading = ClockReading.Evaluate(spans, target, Toronto, Tuesday(9));

        reading.IsBreached.Should().BeTrue();
        reading.DueAt.Should().Be(Monday(12));
        ClockReading.BreachInstant(spans, target, Toronto).Should().Be(Monday(12));
    }

    [Fact]
    public void A_running_clock_already_past_its_target_before_resuming_reports_the_past_instant()
    {
        ClockSpan[] spans = [new(Friday(16), Tuesday(9), "it"), new(Tuesday(10), null, "it")];

        var reading = ClockReading.Evaluate(spans, FourHours, Toronto, Tuesday(11));

        reading.DueAt.Should().Be(Monday(12));
        reading.AtRiskAt.Should().Be(Monday(11));
    }

    [Fact]
    public void An_open_span_before_the_last_is_rejected()
    {
        ClockSpan[] spans = [new(Monday(9), null, "it"), new(Monday(10), null, "it")];

        var act = () => ClockReading.Evaluate(spans, FourHours, Toronto, Monday(11));

        act.Should().Throw<ArgumentException>().WithMessage("*open but is not the last*");
    }

    [Fact]
    public void A_span_ending_before_it_starts_is_rejected()
    {
        ClockSpan[] spans = [new(Monday(10), Monday(9), "it")];

        var act = () => ClockReading.BreachInstant(spans, FourHours, Toronto);

        act.Should().Throw<ArgumentException>().WithMessage("*ends*before it starts*");
    }

    [Fact]
    public void Evaluate_and_the_crossing_instants_allocate_nothing()
    {
        ClockSpan[] spans = [new(Friday(16), Monday(9), "it"), new(Monday(13), Monday(14), "hr"), new(Tuesday(9), null, "it")];
        var target = new ClockTarget(TimeSpan.FromHours(12), 0.8);
        Run(spans, target, 100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var checksum = Run(spans, target, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        checksum.Should().NotBe(0);
    }

    private static long Run(ClockSpan[] spans, ClockTarget target, int count)
    {
        long checksum = 0;
        var from = Tuesday(9);
        for (var i = 0; i < count; i++)
        {
            var now = from.AddMinutes(i % 600);
            var reading = ClockReading.Evaluate(spans, target, Toronto, now);
            checksum += reading.Elapsed.Ticks + (reading.DueAt?.UtcTicks ?? 0) + (reading.IsBreached ? 1 : 0);
            checksum += ClockReading.BreachInstant(spans, target, Toronto)?.UtcTicks ?? 0;
            checksum += ClockReading.AtRiskInstant(spans.AsSpan(0, 2), target, Toronto)?.UtcTicks ?? 1;
        }

        return checksum;
    }
}
