using Catalog.Domain.Calendars;
using Catalog.Domain.Complaints;
using Catalog.Domain.Tests.Calendars;

namespace Catalog.Domain.Tests.Complaints;

public sealed class ComplaintEscalationsTests
{
    private static readonly BusinessCalendar Toronto = BusinessCalendar.Default(Zones.Toronto);
    private static readonly ComplaintStandard Standard = ComplaintStandard.Default;

    /// <summary>Friday 9 January 2026 16:00 in Toronto: half an hour of business day left.</summary>
    private static readonly DateTimeOffset FridayFourPm = Zones.Toronto.At(2026, 1, 9, 16);

    [Fact]
    public void An_unacknowledged_complaint_climbs_every_two_business_days_across_weekends_at_each_deadline_instant()
    {
        var progress = ComplaintProgress.Filed(FridayFourPm);

        var steps = ComplaintEscalations.Due(progress, Standard, Toronto, Zones.Toronto.At(2026, 2, 1));

        // 14 business hours: Friday's last half hour, Monday's 7 hours, Tuesday until 16:00.
        steps.Should().Equal(
            new ComplaintEscalation(ComplaintLevel.Agent, ComplaintLevel.Manager, Zones.Toronto.At(2026, 1, 13, 16), ComplaintMiss.Acknowledgement),
            new ComplaintEscalation(ComplaintLevel.Manager, ComplaintLevel.DepartmentHead, Zones.Toronto.At(2026, 1, 15, 16), ComplaintMiss.Acknowledgement),
            new ComplaintEscalation(ComplaintLevel.DepartmentHead, ComplaintLevel.ComplaintsOfficer, Zones.Toronto.At(2026, 1, 19, 16), ComplaintMiss.Acknowledgement));
    }

    [Fact]
    public void Nothing_escalates_one_tick_before_the_deadline_and_the_step_is_at_the_deadline_when_noticed_late()
    {
        var progress = ComplaintProgress.Filed(FridayFourPm);
        var deadline = Zones.Toronto.At(2026, 1, 13, 16);

        ComplaintEscalations.Due(progress, Standard, Toronto, deadline.AddTicks(-1)).Should().BeEmpty();
        ComplaintEscalations.Due(progress, Standard, Toronto, deadline).Should().ContainSingle().Which.At.Should().Be(deadline);
        ComplaintEscalations.Due(progress, Standard, Toronto, deadline.AddHours(20)).Should().ContainSingle()
            .Which.At.Should().Be(deadline, "a complaint noticed late escalates at the instant it should have");
    }

    [Fact]
    public void A_holiday_pushes_the_deadline_a_business_day_later()
    {
        var withHoliday = BusinessCalendar.Default(Zones.Toronto, holidays: [new DateOnly(2026, 1, 12)]);

        ComplaintEscalations.NextDeadline(ComplaintProgress.Filed(FridayFourPm), Standard, withHoliday)!.Value.At
            .Should().Be(Zones.Toronto.At(2026, 1, 14, 16));
    }

    [Fact]
    public void Across_the_spring_DST_change_the_deadline_is_the_same_local_time_one_hour_earlier_in_UTC()
    {
        // Toronto moves to EDT on Sunday 8 March 2026: no business hour is lost.
        var filed = Zones.Toronto.At(2026, 3, 6, 16);
        var deadline = ComplaintEscalations.NextDeadline(ComplaintProgress.Filed(filed), Standard, Toronto)!.Value.At;

        deadline.Should().Be(Zones.Toronto.At(2026, 3, 10, 16));
        deadline.UtcDateTime.Should().Be(new DateTime(2026, 3, 10, 20, 0, 0, DateTimeKind.Utc));
        (deadline - filed).Should().Be(TimeSpan.FromDays(4) - TimeSpan.FromHours(1));
    }

    [Fact]
    public void An_acknowledged_complaint_climbs_when_its_answer_window_passes()
    {
        var progress = ComplaintProgress.Filed(FridayFourPm) with { AcknowledgedAt = FridayFourPm.AddMinutes(10) };

        var step = ComplaintEscalations.Due(progress, Standard, Toronto, Zones.Toronto.At(2026, 1, 26)).Should().ContainSingle().Subject;

        // 70 business hours from Friday 16:00: ten business days later, Friday 23 January 16:00.
        step.Should().Be(new ComplaintEscalation(ComplaintLevel.Agent, ComplaintLevel.Manager, Zones.Toronto.At(2026, 1, 23, 16), ComplaintMiss.Answer));
    }

    [Fact]
    public void Acknowledging_late_at_the_next_level_leaves_it_its_own_answer_window()
    {
        var reached = Zones.Toronto.At(2026, 1, 13, 16);
        var progress = new ComplaintProgress(FridayFourPm, ComplaintLevel.Manager, reached, reached.AddHours(1), null, null);

        ComplaintEscalations.NextDeadline(progress, Standard, Toronto).Should().Be((Toronto.AddBusinessDays(reached, 10), ComplaintMiss.Answer));
    }

    [Fact]
    public void Answered_resolved_and_officer_held_complaints_do_not_move()
    {
        var late = Zones.Toronto.At(2026, 6, 1);
        var filed = ComplaintProgress.Filed(FridayFourPm);

        ComplaintEscalations.Due(filed with { AnsweredAt = FridayFourPm.AddHours(1) }, Standard, Toronto, late).Should().BeEmpty();
        ComplaintEscalations.Due(filed with { ResolvedAt = FridayFourPm.AddHours(1) }, Standard, Toronto, late).Should().BeEmpty();
        ComplaintEscalations.Due(filed with { Level = ComplaintLevel.ComplaintsOfficer }, Standard, Toronto, late).Should().BeEmpty();
    }

    [Fact]
    public void Apply_leaves_the_complaint_at_the_last_level_reached_since_its_instant()
    {
        var progress = ComplaintProgress.Filed(FridayFourPm);
        var steps = ComplaintEscalations.Due(progress, Standard, Toronto, Zones.Toronto.At(2026, 1, 16));

        var after = ComplaintEscalations.Apply(progress, steps);

        after.Level.Should().Be(ComplaintLevel.DepartmentHead);
        after.LevelReachedAt.Should().Be(Zones.Toronto.At(2026, 1, 15, 16));
    }

    [Theory]
    [InlineData(2, 10, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 10, false)]
    [InlineData(3, 2, false)]
    [InlineData(2, 261, false)]
    public void A_standard_needs_windows_of_one_business_day_to_a_year_and_an_answer_no_sooner_than_the_acknowledgement(int acknowledge, int answer, bool valid) =>
        new ComplaintStandard(acknowledge, answer).Validate().Count.Should().Be(valid ? 0 : 1);
}
