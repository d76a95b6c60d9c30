using Catalog.Domain.Calendars;
using Catalog.Domain.Reviews;
using Catalog.Domain.Scorecards;
using FluentAssertions;
using Xunit;
using static Catalog.Domain.Tests.Scorecards.ScorecardFixture;

namespace Catalog.Domain.Tests.Scorecards;

/// <summary>The scorecard's building blocks on their own: percentiles, pauses, held time and grouping.</summary>
public sealed class ScorecardArithmeticTests
{
    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values_and_the_90th_percentile_is_nearest_rank()
    {
        Percentiles.Median([1, 2, 3, 10]).Should().Be(2.5);
        Percentiles.Median([1, 2, 3]).Should().Be(2);
        Percentiles.Median([]).Should().BeNull();
        Percentiles.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90).Should().Be(9);
        Percentiles.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90).Should().Be(10);
        Percentiles.NearestRank([7], 90).Should().Be(7);
        Percentiles.Percent(2, 3).Should().Be(66.7);
        Percentiles.Percent(0, 0).Should().BeNull();
    }

    [Fact]
    public void Overlapping_and_open_pauses_are_subtracted_once()
    {
        var request = new ScoredRequest("X-1", Laptop, It, Hr, T(2026, 6, 1, 8, 30), T(2026, 6, 2, 16, 30), false, [], [],
        [
            new PauseSpan(T(2026, 6, 1, 9), T(2026, 6, 1, 11)),
            new PauseSpan(T(2026, 6, 1, 10), T(2026, 6, 1, 12)), // overlaps: 09:00–12:00 waiting, 3 h
            new PauseSpan(T(2026, 6, 2, 16), null),              // open: until resolved, 0.5 h
        ]);

        // Mon + Tue = 14 h, minus 3 and 0.5.
        BusinessSpans.Turnaround(request, ItCalendar).Should().Be(TimeSpan.FromHours(10.5));
    }

    [Fact]
    public void An_open_hold_ends_at_the_resolution_or_else_now()
    {
        var hold = new HeldSpan(It, T(2026, 6, 1, 8, 30), null);
        var resolved = new ScoredRequest("X-2", Laptop, It, Hr, hold.From, T(2026, 6, 1, 10), false, [], [hold], []);
        var open = resolved with { ResolvedAt = null };

        BusinessSpans.Held(resolved, hold, ItCalendar, T(2026, 6, 3, 8, 30)).Should().Be(TimeSpan.FromHours(1.5));
        BusinessSpans.Held(open, hold, ItCalendar, T(2026, 6, 3, 8, 30)).Should().Be(TimeSpan.FromHours(14));
    }

    [Fact]
    public void Cancelled_and_unresolved_requests_have_no_turnaround_and_deliver_no_cost()
    {
        var cancelled = new ScoredRequest("X-3", Laptop, It, Hr, T(2026, 6, 1, 9), T(2026, 6, 1, 10), true, [], [], [], QuoteAmount: 10m);
        BusinessSpans.Turnaround(cancelled, ItCalendar).Should().BeNull();
        Scorecard.CostTotals([cancelled, cancelled with { Cancelled = false, ResolvedAt = null }]).Should().BeEmpty();
    }

    [Fact]
    public void A_week_starts_on_the_local_monday_even_when_utc_has_moved_on()
    {
        // Sunday 23:30 in Toronto is Monday 04:30 UTC.
        Scorecard.WeekOf(T(2026, 11, 1, 23, 30), Toronto).Should().Be(new DateOnly(2026, 10, 26));
        Scorecard.WeekOf(T(2026, 11, 2, 0, 0), Toronto).Should().Be(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public void Texts_without_shared_keywords_stay_apart_and_empty_texts_group_together()
    {
        var groups = OtherRequestGrouping.Group(["Parking permit", "Standing desk", "", "  ", "standing desks for the team"]);

        groups.Select(g => (string.Join(' ', g.Keywords), g.Count)).Should().Equal(
            ("", 2), ("desk standing", 2), ("parking permit", 1));
    }

    [Fact]
    public void An_empty_period_has_no_weeks_and_no_figures()
    {
        var figures = Scorecard.Compute(new ScorecardInput([], [], [], T(2026, 6, 1, 0), T(2026, 6, 1, 0), AsOf, Toronto, CalendarOf));

        figures.Weeks.Should().BeEmpty();
        figures.Turnaround.Should().Be(new TurnaroundFigures(0, null, null));
        figures.Clocks.Should().BeEmpty();
        figures.Satisfaction.Distribution.Should().Equal(0, 0, 0, 0, 0);
    }
}
