using Catalog.Domain.Complaints;

namespace Catalog.Domain.Tests.Complaints;

public sealed class ComplaintReportTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ComplaintTally Tally(string service, ComplaintCause cause, int month, int day, bool ack = true, bool answer = true, bool escalated = false, ResolutionKind? kind = null) =>
        new(service, service.Split('.')[0], cause, new DateTimeOffset(2026, month, day, 15, 0, 0, TimeSpan.Zero), ack, answer, escalated, kind);

    private static readonly ComplaintTally[] Tallies =
    [
        Tally("it.laptop", ComplaintCause.Delay, 11, 30, ack: false, answer: false, escalated: true),        // Monday 30 Nov
        Tally("it.laptop", ComplaintCause.Delay, 12, 2, kind: ResolutionKind.Redo),                          // Wednesday 2 Dec: same week
        Tally("it.laptop", ComplaintCause.Quality, 12, 7, answer: false, escalated: true, kind: ResolutionKind.Credit), // next week
        Tally("hr.payroll", ComplaintCause.Courtesy, 12, 8, kind: ResolutionKind.Explanation),
        Tally("hr.payroll", ComplaintCause.Delay, 10, 30),                                                   // before the period
    ];

    [Fact]
    public void Weekly_figures_per_service_count_each_complaint_in_the_week_it_was_filed()
    {
        var rows = ComplaintReport.Build(Tallies, ReportDimension.Service, ReportFrequency.Week, From, To);

        rows.Should().Equal(
            new ComplaintFigures("hr.payroll", new DateOnly(2026, 12, 7), 1, 1, 1, 0, 1, 0, 0, 0),
            new ComplaintFigures("it.laptop", new DateOnly(2026, 11, 30), 2, 1, 1, 1, 0, 1, 0, 0),
            new ComplaintFigures("it.laptop", new DateOnly(2026, 12, 7), 1, 1, 0, 1, 0, 0, 1, 0));
    }

    [Fact]
    public void Monthly_figures_per_cause_and_their_totals_add_up()
    {
        var rows = ComplaintReport.Build(Tallies, ReportDimension.Cause, ReportFrequency.Month, From, To);
        var totals = ComplaintReport.Totals(rows);

        rows.Should().Equal(
            new ComplaintFigures("Courtesy", new DateOnly(2026, 12, 1), 1, 1, 1, 0, 1, 0, 0, 0),
            new ComplaintFigures("Delay", new DateOnly(2026, 11, 1), 1, 0, 0, 1, 0, 0, 0, 0),
            new ComplaintFigures("Delay", new DateOnly(2026, 12, 1), 1, 1, 1, 0, 0, 1, 0, 0),
            new ComplaintFigures("Quality", new DateOnly(2026, 12, 1), 1, 1, 0, 1, 0, 0, 1, 0));
        totals.Single(t => t.Key == "Delay").Should().Be(new ComplaintFigures("Delay", null, 2, 1, 1, 1, 0, 1, 0, 0));
        totals.Sum(t => t.Filed).Should().Be(4, "the complaint filed before the period is not counted");
    }

    [Fact]
    public void Per_provider_groups_by_the_providing_department()
    {
        ComplaintReport.Build(Tallies, ReportDimension.Provider, ReportFrequency.Month, From, To)
            .Select(r => (r.Key, r.PeriodStart, r.Filed))
            .Should().Equal(("hr", new DateOnly(2026, 12, 1), 1), ("it", new DateOnly(2026, 11, 1), 1), ("it", new DateOnly(2026, 12, 1), 2));
    }
}
