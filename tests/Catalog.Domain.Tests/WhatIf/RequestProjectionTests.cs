using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Domain.Tests.Calendars;
using Catalog.Domain.WhatIf;
using static Catalog.Domain.Tests.Requests.TestRequests;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.WhatIf;

/// <summary>
/// A request filed Monday 9:00 (Toronto, 7-hour business days): acknowledgement 4 business hours (due Monday 14:00),
/// resolution 2 business days (due Wednesday 9:00), read under a new agreement version or a new calendar.
/// </summary>
public sealed class RequestProjectionTests
{
    private static readonly ClockTerms OneDayResolution = new(ClockKind.Resolution, 1, true, 0.75);

    [Fact]
    public void A_tighter_resolution_target_moves_only_the_resolution_due_date()
    {
        var before = Filed(paid: false);
        var after = Filed(paid: false);

        after.MigrateTerms([OneDayResolution], Both, Monday(10));
        var compared = RequestProjection.Compare(before, Both, after, Both, Monday(10));

        var resolution = compared.Single(c => c.Before.Kind == ClockKind.Resolution);
        resolution.Before.DueAt.Should().Be(Zones.Toronto.At(2026, 1, 14, 9, 0), "6½ h on Monday, 7 h on Tuesday, ½ h on Wednesday");
        resolution.After.DueAt.Should().Be(Tuesday(9), "6½ h on Monday and ½ h on Tuesday make one business day");
        resolution.After.Standing.Should().Be(ClockStanding.OnTrack);
        resolution.Changed.Should().BeTrue();
        compared.Single(c => c.Before.Kind == ClockKind.Acknowledgement).Changed.Should().BeFalse("the new version does not name it");
        after.Terms.Single(t => t.Kind == ClockKind.Resolution).Should().Be(OneDayResolution, "a reopened or later clock starts on the new terms");
    }

    [Fact]
    public void A_target_the_request_already_passed_is_breached_at_the_migration_not_before_it()
    {
        var request = Filed(paid: false);

        // Tuesday 10:00: 8 business hours spent, one business day is 7.
        var change = request.MigrateTerms([OneDayResolution], Both, Tuesday(10));

        var run = request.Clocks.Single(c => c.Terms.Kind == ClockKind.Resolution).Run;
        run.BreachedAt.Should().Be(Tuesday(10), "the request could not breach terms before they applied to it");
        change.Crossings.Where(c => c.Clock == ClockKind.Resolution).Select(c => (c.Breach, c.At))
            .Should().Equal((false, Tuesday(10)), (true, Tuesday(10)));
        change.From.Should().Be(change.To, "a migration moves no status");
    }

    [Fact]
    public void A_breach_recorded_under_the_old_terms_stays_when_the_new_ones_are_looser()
    {
        var request = Filed(paid: false);
        request.RecordCrossings(Both, Tuesday(9)); // the acknowledgement, 4 business hours, breached Monday 14:00

        request.MigrateTerms([new ClockTerms(ClockKind.Acknowledgement, 3, true, 0.75)], Both, Tuesday(9));
        var forecast = RequestProjection.Forecast(request, Both, Tuesday(9));

        var ack = forecast.Single(f => f.Kind == ClockKind.Acknowledgement);
        ack.Standing.Should().Be(ClockStanding.Breached, "history is not rewritten");
        ack.DueAt.Should().Be(Monday(14));
    }

    [Fact]
    public void A_new_holiday_moves_a_running_clock_due_date_by_a_business_day()
    {
        var request = Filed(paid: false);
        var tuesdayOff = new RequestCalendars(BusinessCalendar.Default(Zones.Toronto, [new DateOnly(2026, 1, 13)]), Toronto);

        var compared = RequestProjection.Compare(request, Both, request, tuesdayOff, Monday(10));

        var resolution = compared.Single(c => c.Before.Kind == ClockKind.Resolution);
        resolution.After.DueAt.Should().Be(Zones.Toronto.At(2026, 1, 15, 9, 0), "Tuesday no longer counts");
        compared.Single(c => c.Before.Kind == ClockKind.Acknowledgement).Changed.Should().BeFalse("it is due Monday either way");
    }

    [Fact]
    public void A_replay_judges_each_clock_by_its_business_time_not_by_what_was_recorded()
    {
        var request = Filed(paid: false);
        request.Act(Agent(RequestAction.Acknowledge), Both, Monday(10));
        request.Act(Agent(RequestAction.Start), Both, Monday(10));
        request.Act(Agent(RequestAction.Resolve), Both, Tuesday(11)); // 6½ h + 2½ h = 9 business hours

        var now = RequestProjection.Replay(request, Both, Tuesday(12));
        request.MigrateTerms([OneDayResolution], Both, Tuesday(12));
        var tighter = RequestProjection.Replay(request, Both, Tuesday(12));

        now.Single(o => o.Kind == ClockKind.Resolution).Outcome.Should().Be(ClockOutcome.Met);
        tighter.Single(o => o.Kind == ClockKind.Resolution).Outcome.Should().Be(ClockOutcome.Breached, "9 business hours exceed one business day");
        RequestProjection.Forecast(request, Both, Tuesday(12)).Single(f => f.Kind == ClockKind.Resolution).Standing
            .Should().Be(ClockStanding.Met, "a migration leaves a clock met under its terms met");
    }
}
