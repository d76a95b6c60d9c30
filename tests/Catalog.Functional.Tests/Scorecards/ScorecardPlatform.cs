using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Domain.Tests.Scorecards;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Grains.Scorecards;
using Catalog.Scorecards;
using Catalog.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Scorecards;

/// <summary>
/// The platform with the demo organisation on a clock stopped at the fixture's instant (Wednesday 16 September 2026,
/// 09:00 Toronto), IT's calendar set to the fixture's (Toronto, Good Friday, 11 November, 1 July, 25 December) and
/// HR's to Vancouver, and the 54 fixture requests, 10 surveys and 4 complaints written into the real facts table
/// (Azurite) as the request, survey and complaint features will write them.
/// </summary>
public sealed class ScorecardPlatform : CatalogPlatform
{
    public ScorecardPlatform() => Clock = new FakeTimeProvider(ScorecardFixture.AsOf);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var services = Silos[0].Services;
        var grains = services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ICalendarGrain>(ScorecardFixture.It).SetAsync(Settings("America/Toronto", ScorecardFixture.ItHolidays,
            ScorecardFixture.ItYearlyHolidays.Select(d => new YearlyHoliday(d.Month, d.Day)).ToArray()));
        await grains.GetGrain<ICalendarGrain>(ScorecardFixture.Hr).SetAsync(Settings("America/Vancouver", [], []));

        var store = services.GetRequiredService<IRequestFactsStore>();
        foreach (var row in ScorecardFixture.Rows)
        {
            await store.UpsertRequestAsync(ToFacts(row.Request));
        }

        foreach (var survey in ScorecardFixture.Surveys)
        {
            await store.UpsertSatisfactionAsync(new SatisfactionFact(survey.RequestId, survey.ServiceId, survey.ProviderDepartmentId,
                survey.ClientDepartmentId, "it.agent", null, survey.Score, survey.AnsweredAt));
        }

        foreach (var complaint in ScorecardFixture.Complaints)
        {
            await store.UpsertComplaintAsync(new ComplaintFact(complaint.ComplaintId, null, complaint.ServiceId, complaint.ProviderDepartmentId,
                complaint.ClientDepartmentId, complaint.Cause, complaint.FiledAt, complaint.AnsweredInTime, complaint.AnsweredInTime, null, null));
        }
    }

    /// <summary>The facts row a request would write for the fixture's <paramref name="request"/>.</summary>
    public static RequestFacts ToFacts(ScoredRequest request) => new(
        request.RequestId,
        request.ServiceId,
        new LocalizedText("Service " + request.ServiceId, "Service " + request.ServiceId),
        request.ProviderDepartmentId,
        request.ClientDepartmentId,
        "hr.requester",
        request.FiledAt,
        request.Cancelled ? RequestStatus.Cancelled : request.ResolvedAt is null ? RequestStatus.InProgress : RequestStatus.Resolved,
        request.ResolvedAt,
        request.Cancelled ? request.Holds[^1].To : null,
        request.ResolvedAt is null ? null : "it.agent",
        request.Clocks.Select(c => new ClockFact(Enum.Parse<ClockKind>(c.Clock), TimeSpan.FromHours(14), TimeSpan.Zero, c.Outcome)).ToArray(),
        request.Holds.Select(h => new HoldFact(h.DepartmentId, h.From, h.To)).ToArray(),
        request.Pauses.Select(p => new PauseFact(p.From, p.To)).ToArray(),
        request.Transfers,
        request.QuoteAmount,
        request.QuoteCurrency,
        request.OtherRequestText);

    private static CalendarSettings Settings(string zone, DateOnly[] holidays, YearlyHoliday[] yearly) => new(
        zone,
        CalendarDefinition.DefaultSchedule.Select(i => new BusinessHours(i.Day, i.Start, i.End)).ToArray(),
        holidays,
        yearly);
}
