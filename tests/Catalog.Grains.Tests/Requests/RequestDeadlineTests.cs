using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

[Collection(RequestClusterCollection.Name)]
public sealed class RequestDeadlineTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task At_risk_then_breach_are_recorded_once_each_at_the_instant_they_were_reached()
    {
        var (request, monday) = await FileOnFridayAt16Async();

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(11.5)));
        await request.CheckDeadlinesAsync();
        await request.CheckDeadlinesAsync();
        var atRisk = (await request.GetAsync()).Clock(ClockKind.Acknowledgement);
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(13.5)));
        await request.CheckDeadlinesAsync();
        await request.CheckDeadlinesAsync();
        var breached = (await request.GetAsync()).Clock(ClockKind.Acknowledgement);

        atRisk.AtRisk.Should().BeTrue();
        atRisk.Breached.Should().BeFalse();
        atRisk.AtRiskAt!.Value.InToronto().Should().Be(monday.AddHours(11));
        breached.Breached.Should().BeTrue();
        breached.BreachedAt!.Value.InToronto().Should().Be(monday.AddHours(12));
        breached.AtRiskAt!.Value.InToronto().Should().Be(monday.AddHours(11));
        var events = AcknowledgementEvents(request);
        events.Should().HaveCount(2);
        events[0].Should().BeOfType<ClockAtRisk>().Which.At.InToronto().Should().Be(monday.AddHours(11));
        events[1].Should().BeOfType<ClockBreached>().Which.At.InToronto().Should().Be(monday.AddHours(12));
    }

    [Fact]
    public async Task A_breach_noticed_late_records_the_at_risk_first_and_both_at_their_own_instants()
    {
        var (request, monday) = await FileOnFridayAt16Async();

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddDays(1).AddHours(10)));
        await request.CheckDeadlinesAsync();
        var view = await request.GetAsync();

        var events = AcknowledgementEvents(request);
        events.Select(e => e.GetType()).Should().Equal(typeof(ClockAtRisk), typeof(ClockBreached));
        events[1].Sequence.Should().Be(events[0].Sequence + 1);
        ((ClockBreached)events[1]).DueAt.InToronto().Should().Be(monday.AddHours(12));
        view.Clock(ClockKind.Acknowledgement).BreachedAt!.Value.InToronto().Should().Be(monday.AddHours(12));
    }

    [Fact]
    public async Task A_clock_stopped_after_its_target_counts_as_breached_not_met()
    {
        var (request, monday) = await FileOnFridayAt16Async();

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(14)));
        var view = await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));

        var acknowledgement = view.Clock(ClockKind.Acknowledgement);
        acknowledgement.State.Should().Be(ClockRunState.Stopped);
        acknowledgement.BreachedAt!.Value.InToronto().Should().Be(monday.AddHours(12));
        fixture.Events.Of(view.Id).Select(e => e.GetType()).Should().Equal(
            typeof(RequestFiled), typeof(ClockAtRisk), typeof(ClockBreached), typeof(RequestTransitioned));
    }

    [Fact]
    public async Task Pending_deadlines_cover_the_running_clocks_and_drop_what_is_recorded_or_stopped()
    {
        var (request, monday) = await FileOnFridayAt16Async();
        var id = request.GetPrimaryKeyString();

        var atFiling = await PendingAsync(id);
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(11.5)));
        await request.CheckDeadlinesAsync();
        var afterAtRisk = await PendingAsync(id);
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));
        var afterAcknowledge = await PendingAsync(id);

        atFiling.Should().Contain(new SlaDeadline(ClockKind.Acknowledgement, SlaDeadlineKind.AtRisk, RequestTestData.Local(monday.AddHours(11))));
        atFiling.Should().Contain(new SlaDeadline(ClockKind.Acknowledgement, SlaDeadlineKind.Breach, RequestTestData.Local(monday.AddHours(12))));
        atFiling.Select(d => d.Clock).Distinct().Should().BeEquivalentTo([ClockKind.Acknowledgement, ClockKind.FirstAnswer, ClockKind.Resolution]);
        afterAtRisk.Should().NotContain(d => d.Clock == ClockKind.Acknowledgement && d.Kind == SlaDeadlineKind.AtRisk);
        afterAtRisk.Should().Contain(d => d.Clock == ClockKind.Acknowledgement && d.Kind == SlaDeadlineKind.Breach);
        afterAcknowledge.Should().NotContain(d => d.Clock == ClockKind.Acknowledgement);
        (await request.GetAsync()).Status.Should().Be(RequestStatus.Acknowledged);
    }

    [Fact]
    public async Task The_index_row_shows_at_risk_then_breached()
    {
        var (request, monday) = await FileOnFridayAt16Async();
        var view = await request.GetAsync();

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(11.5)));
        await request.CheckDeadlinesAsync();
        var atRisk = await RowAsync(view);
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(12)));
        await request.CheckDeadlinesAsync();
        var breached = await RowAsync(view);

        atRisk.AtRisk.Should().BeTrue();
        atRisk.Breached.Should().BeFalse();
        breached.Breached.Should().BeTrue();
        breached.AtRisk.Should().BeFalse();
    }

    private async Task<RequestSummary> RowAsync(RequestView view) =>
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, view.ProviderDepartmentId))).Items.Single(r => r.Id == view.Id);

    [Fact]
    public async Task A_missed_client_response_marks_the_client_overdue_without_counting_as_the_providers_breach()
    {
        var (request, monday) = await FileOnFridayAt16Async();
        fixture.Time.MoveTo(RequestTestData.Local(monday.AddHours(9)));
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.InformationMissing));

        fixture.Time.MoveTo(RequestTestData.Local(monday.AddDays(14).AddHours(10)));
        await request.CheckDeadlinesAsync();
        var view = await request.GetAsync();
        var queue = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, view.ProviderDepartmentId));

        view.Clock(ClockKind.ClientResponse).Breached.Should().BeTrue("the client had 2 business days to answer");
        var summary = queue.Items.Single(r => r.Id == view.Id);
        summary.ClientOverdue.Should().BeTrue();
        summary.Breached.Should().BeFalse("the provider's clocks were paused: the lateness is the client's");
    }

    private async Task<IReadOnlyList<SlaDeadline>> PendingAsync(string requestId)
    {
        var provider = (await grains.GetRequest(requestId).GetAsync()).ProviderDepartmentId;
        await foreach (var (id, deadlines) in fixture.Index.ListPendingAsync(provider))
        {
            if (id == requestId)
            {
                return deadlines;
            }
        }

        return [];
    }

    private IRequestEvent[] AcknowledgementEvents(IRequestGrain request) =>
        fixture.Events.Of(request.GetPrimaryKeyString())
            .Where(e => e is ClockAtRisk { Clock: ClockKind.Acknowledgement } or ClockBreached { Clock: ClockKind.Acknowledgement })
            .ToArray();

    /// <summary>Files on the next Friday at 16:00 (acknowledgement due Monday 12:00); returns the grain and that Monday.</summary>
    private async Task<(IRequestGrain Request, DateTime Monday)> FileOnFridayAt16Async()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var friday = fixture.Time.MoveToNext(DayOfWeek.Friday, new TimeOnly(16, 0));
        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        return (grains.GetRequest(view.Id), friday.InToronto().Date.AddDays(3));
    }
}
