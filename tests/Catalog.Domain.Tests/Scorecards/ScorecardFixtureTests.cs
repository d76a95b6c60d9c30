using Catalog.Domain.Reviews;
using Catalog.Domain.Scorecards;
using FluentAssertions;
using Xunit;
using static Catalog.Domain.Tests.Scorecards.ScorecardFixture;

namespace Catalog.Domain.Tests.Scorecards;

/// <summary>
/// The scorecard and the annual review of <see cref="ScorecardFixture"/> against figures worked out by hand.
/// Turnarounds of the 51 resolved requests, sorted (hours): 0, 0, 0, 0, 0.25, 0.5, 0.75, 0.75, 1, 1, 1, 1, 1, 1.5,
/// 2, 2, 2, 2, 2, 2.5, 3, 3.5, 3.5, 3.5, 3.5, 4, 4, 6, 7, 7, 7, 7, 7, 7, 7, 8.5, 14 ×7, 16.5, 17.5, 21 ×3, 28 ×2, 35.
/// Median: the 26th of 51 = 4. 90th percentile: the ⌈0.9 × 51⌉ = 46th = 21.
/// </summary>
public sealed class ScorecardFixtureTests
{
    private static ScorecardFigures Year() => Scorecard.Compute(new ScorecardInput(
        AllRequests, ScorecardFixture.Surveys, ScorecardFixture.Complaints, YearStart, YearEnd, AsOf, Toronto, CalendarOf));

    [Fact]
    public void The_fixture_has_at_least_fifty_requests_across_both_DST_changes_and_the_holidays()
    {
        Rows.Should().HaveCountGreaterThanOrEqualTo(50);
        Rows.Select(r => r.Request.RequestId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Each_turnaround_is_the_business_time_worked_out_by_hand()
    {
        foreach (var row in Rows)
        {
            var time = BusinessSpans.Turnaround(row.Request, ItCalendar);
            (time?.TotalHours).Should().Be(row.Hours, "{0} was worked out by hand", row.Request.RequestId);
        }
    }

    [Fact]
    public void Clock_kinds_count_met_and_breached_and_publish_the_share_met()
    {
        var clocks = Year().Clocks;

        // Acknowledgement: 54 clocks, breached on IT-003, IT-010 and IT-026: 51 / 54 = 94.44 %.
        clocks[0].Should().Be(new ClockFigures("Acknowledgement", 51, 3, 0, 0, 0, 94.4));

        // Resolution: 43 resolved within 14 h; 8 resolved above it plus IT-043 breached while open = 9; IT-041
        // running; IT-042 cancelled. 43 / (43 + 9) = 82.69 %.
        clocks[1].Should().Be(new ClockFigures("Resolution", 43, 9, 1, 0, 1, 82.7));
    }

    [Fact]
    public void Totals_turnaround_and_breaches_match_the_hand_computation()
    {
        var figures = Year();
        figures.Filed.Should().Be(54);
        figures.Resolved.Should().Be(51);
        figures.Cancelled.Should().Be(1);
        figures.Breaches.Should().Be(12);         // 3 acknowledgements + 9 resolutions
        figures.BreachedRequests.Should().Be(9);  // the 9 resolution breaches; the 3 late acknowledgements are among them
        figures.Turnaround.Should().Be(new TurnaroundFigures(51, 4.0, 21.0));
    }

    [Fact]
    public void Held_time_is_measured_in_each_holding_department_calendar()
    {
        // IT: the 49 resolved single-hold requests hold their turnaround (sum 380.25 h), plus IT-053's 4, IT-054's
        // 1 + 2, IT-041's 7 and IT-043's 4 (open until AsOf) and IT-042's 1 (until cancelled) = 399.25 h over 54.
        // HR, in Vancouver's calendar: IT-053's 2.5 + IT-054's 3.5 = 6 h (in Toronto's it would be 4.5 + 3.5 = 8).
        Year().Held.Should().Equal(new HeldFigures(It, 54, 399.25), new HeldFigures(Hr, 2, 6.0));
    }

    [Fact]
    public void Transfers_beyond_the_first_count_against_the_provider()
    {
        // IT-053 once, IT-054 twice: 3 transfers, one request transferred more than once, one transfer beyond one.
        Year().Transfers.Should().Be(new TransferFigures(3, 1, 1));
    }

    [Fact]
    public void Complaints_satisfaction_and_cost_match_the_hand_computation()
    {
        var figures = Year();
        figures.Complaints.Should().BeEquivalentTo(new ComplaintFigures(4, 2, 1,
            [new CountByKey("delay", 2), new CountByKey("courtesy", 1), new CountByKey("quality", 1)]));
        figures.Satisfaction.Count.Should().Be(10);
        figures.Satisfaction.Mean.Should().Be(3.7);
        figures.Satisfaction.Distribution.Should().Equal(1, 1, 1, 4, 3);

        // Accepted quotes of resolved requests: IT-008 (finance) 120.00, IT-013 (hr) 80.50, IT-033 (legal) 200.00;
        // IT-041 (open) and IT-042 (cancelled) are not delivered. Total 400.50.
        figures.CostByClient.Should().Equal(
            new CostLine(Finance, "CAD", 1, 120.00m), new CostLine(Hr, "CAD", 1, 80.50m), new CostLine(Legal, "CAD", 1, 200.00m));
        figures.CostTotals.Should().Equal(new CostTotal("CAD", 3, 400.50m));
    }

    [Fact]
    public void Weeks_start_on_Monday_in_the_providers_zone_across_DST()
    {
        var weeks = Year().Weeks.ToDictionary(w => w.WeekStart);

        // 1 January 2026 is a Thursday: from the week of 29 December 2025 to the week of 28 December 2026.
        weeks.Should().HaveCount(53);

        // Week of 2 March: IT-001..005 (IT-005 filed Sunday 01:30 EST). Turnarounds 3, 7, 21, 0, 3.5: median 3.5.
        // Clocks: IT-003 breached both, the rest met: 8 met, 2 breached, 80 %.
        weeks[new DateOnly(2026, 3, 2)].Should().Be(new WeekFigures(new DateOnly(2026, 3, 2), 5, 8, 2, 80.0, 3.5, 0, 0, null));

        // Week of 26 October: IT-011, 013, 020 (Friday) and IT-012, filed Sunday 1 November 23:30 EST — Monday 04:30
        // UTC, but Sunday in Toronto. Turnarounds 1, 4, 14, 14: median (4 + 14) / 2 = 9. All 8 clocks met.
        weeks[new DateOnly(2026, 10, 26)].Should().Be(new WeekFigures(new DateOnly(2026, 10, 26), 4, 8, 0, 100.0, 9.0, 0, 0, null));
        weeks[new DateOnly(2026, 11, 2)].Filed.Should().Be(0);

        // Week of 1 June: IT-031..040 and IT-054. Turnarounds 1, 7, 14, 21, 28, 35, 0, 2, 0, 1, 7 → sorted
        // 0, 0, 1, 1, 2, 7, 7, 14, 21, 28, 35: median 7. 11 acknowledgements met; resolutions: 031, 032, 033, 037–040,
        // 054 met (8), 034–036 breached (3): 19 met, 3 breached, 86.36 %.
        weeks[new DateOnly(2026, 6, 1)].Should().Be(new WeekFigures(new DateOnly(2026, 6, 1), 11, 19, 3, 86.4, 7.0, 0, 0, null));

        // The ten surveys were answered the week of 25 May; C-3 was filed the week of 8 June.
        weeks[new DateOnly(2026, 5, 25)].Should().Match<WeekFigures>(w => w.Surveys == 10 && w.SatisfactionMean == 3.7);
        weeks[new DateOnly(2026, 6, 8)].Complaints.Should().Be(1);
    }

    [Fact]
    public void A_period_counts_only_what_was_filed_or_answered_in_it()
    {
        // March in Toronto: IT-001..006, IT-018 and IT-053; no survey; complaint C-1.
        var march = Scorecard.Compute(new ScorecardInput(
            AllRequests, ScorecardFixture.Surveys, ScorecardFixture.Complaints, T(2026, 3, 1, 0), T(2026, 4, 1, 0), AsOf, Toronto, CalendarOf));
        march.Filed.Should().Be(8);
        march.Satisfaction.Count.Should().Be(0);
        march.Satisfaction.Mean.Should().BeNull();
        march.Complaints.Count.Should().Be(1);

        // Turnarounds 3, 7, 21, 0, 3.5, 0.75, 14, 8.5 → sorted 0, 0.75, 3, 3.5, 7, 8.5, 14, 21: median (3.5 + 7) / 2
        // = 5.25; 90th percentile the ⌈7.2⌉ = 8th = 21.
        march.Turnaround.Should().Be(new TurnaroundFigures(8, 5.25, 21.0));
    }

    [Fact]
    public void The_annual_review_matches_the_hand_computation()
    {
        var review = AnnualReview.Compute(new ReviewInput(
            2026,
            [new ReviewService(Laptop, false), new ReviewService(Password, false), new ReviewService(Software, false),
             new ReviewService(Other, true), new ReviewService(Unused, false)],
            AllRequests, ScorecardFixture.Surveys, ScorecardFixture.Complaints, YearStart, YearEnd, Toronto, CalendarOf));

        review.Filed.Should().Be(54);

        // Laptop IT-001..020: 40 clocks, 6 breached (acknowledgement 003, 010; resolution 003, 010, 017, 019): 85 %;
        // median of its 20 turnarounds (10th and 11th of 0, 0, 0.75, 1, 1, 1.5, 2, 3, 3.5, 4, 7, 14 ×5, 16.5, 17.5,
        // 21, 21) = (4 + 7) / 2 = 5.5. Password IT-021..040: 5 breached (026 twice, 034, 035, 036): 35 / 40 = 87.5 %;
        // median (3.5 + 3.5) / 2. Software: 041–043 and 048–054, 17 met, 043 breached: 94.4 %; median of
        // 0.25, 2, 3.5, 7, 7, 8.5, 14 = 7. Other IT-044..047: 8 met, median of 1, 2, 6, 7 = 4.
        review.DemandByService.Should().Equal(
            new ServiceReview(Laptop, 20, 34, 6, 85.0, 5.5),
            new ServiceReview(Password, 20, 35, 5, 87.5, 3.5),
            new ServiceReview(Software, 10, 17, 1, 94.4, 7.0),
            new ServiceReview(Other, 4, 8, 0, 100.0, 4.0),
            new ServiceReview(Unused, 0, 0, 0, null, null));
        review.DemandByClient.Should().Equal(new CountByKey(Finance, 18), new CountByKey(Hr, 18), new CountByKey(Legal, 18));
        review.UnusedServices.Should().Equal(Unused);
        review.MostMissed.Select(s => s.ServiceId).Should().Equal(Laptop, Password, Software);

        // "Licences Adobe Photoshop pour l'équipe" → licence, adobe, photoshop; "Adobe Photoshop licence for design"
        // shares 3 of its 4 keywords; "Second monitor for accessibility" starts a group; "Écran supplémentaire
        // (second monitor)" shares 2 of its 4 with it.
        review.OtherRequests.Should().Be(4);
        review.OtherRequestGroups.Select(g => (string.Join(' ', g.Keywords), g.Count)).Should().Equal(
            ("adobe licence photoshop", 2), ("monitor second accessibility", 2));

        review.CostTotals.Should().Equal(new CostTotal("CAD", 3, 400.50m));
        review.Complaints.Count.Should().Be(4);
        review.Satisfaction.Mean.Should().Be(3.7);

        // March: IT-001..006, 018, 053: 16 clocks, IT-003 breached both: 87.5 %.
        review.Months.Select(m => m.Filed).Should().Equal(0, 0, 8, 5, 10, 15, 0, 0, 10, 3, 3, 0);
        review.Months[2].PercentMet.Should().Be(87.5);
    }

    [Fact]
    public void Keywords_drop_accents_plurals_and_common_words_in_both_languages()
    {
        Keywords.Of("Nouvelles licences Adobe pour l'équipe").Should().Equal("licence", "adobe");
        Keywords.Of("We need new Adobe licences, please").Should().Equal("adobe", "licence");
        Keywords.Of("  ").Should().BeEmpty();
    }
}
