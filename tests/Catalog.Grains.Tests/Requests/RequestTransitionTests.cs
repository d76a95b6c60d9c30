using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

[Collection(RequestClusterCollection.Name)]
public sealed class RequestTransitionTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_request_goes_from_submitted_to_closed_through_the_lifecycle()
    {
        var request = await FileOnMondayMorningAsync();

        var acknowledged = await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));
        var started = await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));
        var resolved = await request.ActAsync(new RequestCommand(RequestAction.Resolve, "agent"));
        var closed = await request.ActAsync(new RequestCommand(RequestAction.Close, "agent"));

        acknowledged.Status.Should().Be(RequestStatus.Acknowledged);
        started.Status.Should().Be(RequestStatus.InProgress);
        resolved.Status.Should().Be(RequestStatus.Resolved);
        closed.Status.Should().Be(RequestStatus.Closed);
        closed.AllowedActions.Should().Equal(RequestAction.Reopen);
        closed.Clocks.Where(c => c.State != ClockRunState.NotStarted).Should().OnlyContain(c => c.State == ClockRunState.Stopped);
    }

    [Fact]
    public async Task An_illegal_action_is_a_conflict_listing_the_allowed_actions()
    {
        var request = await FileOnMondayMorningAsync();

        var act = () => request.ActAsync(new RequestCommand(RequestAction.Resume, "agent"));

        var conflict = await act.Should().ThrowAsync<CatalogConflictException>();
        conflict.Which.Allowed.Should().Equal("Acknowledge", "Start", "Resolve", "Cancel", "Comment");
        (await request.GetAsync()).History.Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_request_allows_nothing()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Cancel, "client"));

        var act = () => request.ActAsync(new RequestCommand(RequestAction.Reopen, "client"));

        (await act.Should().ThrowAsync<CatalogConflictException>()).Which.Allowed.Should().BeEmpty();
    }

    [Fact]
    public async Task Waiting_on_the_client_requires_a_reason()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));

        var act = () => request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent"));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("reason");
        (await request.GetAsync()).Status.Should().Be(RequestStatus.InProgress);
    }

    [Fact]
    public async Task Waiting_on_the_client_stops_the_provider_clocks_and_starts_the_client_response_clock()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));
        fixture.Time.Advance(TimeSpan.FromHours(1));
        var waiting = await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.InformationMissing));
        var resolutionAtPause = waiting.Clock(ClockKind.Resolution).Elapsed;

        fixture.Time.Advance(TimeSpan.FromDays(3));
        var later = await request.GetAsync();

        later.Status.Should().Be(RequestStatus.WaitingOnClient);
        later.PauseReason.Should().Be(PauseReason.InformationMissing);
        later.Clock(ClockKind.Resolution).State.Should().Be(ClockRunState.Paused);
        later.Clock(ClockKind.Resolution).Elapsed.Should().Be(resolutionAtPause).And.Be(TimeSpan.FromHours(1));
        later.Clock(ClockKind.Resolution).DueAt.Should().BeNull();
        later.Clock(ClockKind.FirstAnswer).State.Should().Be(ClockRunState.Stopped);
        var clientResponse = later.Clock(ClockKind.ClientResponse);
        clientResponse.State.Should().Be(ClockRunState.Running);
        clientResponse.HolderDepartmentId.Should().Be(waiting.ClientDepartmentId);
        clientResponse.Elapsed.Should().BeGreaterThan(TimeSpan.Zero);
        clientResponse.ElapsedByDepartment.Should().ContainKey(waiting.ClientDepartmentId);
        later.AllowedActions.Should().Equal(RequestAction.Resume, RequestAction.Cancel, RequestAction.Comment);
    }

    [Fact]
    public async Task Resuming_runs_the_provider_clocks_again_and_stops_the_client_response_clock()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));
        fixture.Time.Advance(TimeSpan.FromHours(1));
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.ApprovalPending));
        fixture.Time.Advance(TimeSpan.FromMinutes(90));

        var resumed = await request.ActAsync(new RequestCommand(RequestAction.Resume, "Rémi Client"));
        fixture.Time.Advance(TimeSpan.FromMinutes(30));
        var later = await request.GetAsync();

        resumed.Status.Should().Be(RequestStatus.InProgress);
        resumed.PauseReason.Should().BeNull();
        resumed.Clock(ClockKind.ClientResponse).State.Should().Be(ClockRunState.Stopped);
        resumed.Clock(ClockKind.ClientResponse).Elapsed.Should().Be(TimeSpan.FromMinutes(90));
        later.Clock(ClockKind.Resolution).State.Should().Be(ClockRunState.Running);
        later.Clock(ClockKind.Resolution).Elapsed.Should().Be(TimeSpan.FromMinutes(90));
        later.Clock(ClockKind.Resolution).DueAt.Should().NotBeNull();
    }

    [Fact]
    public async Task Each_wait_on_the_client_starts_a_fresh_client_response_clock()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Start, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.InformationMissing));
        fixture.Time.Advance(TimeSpan.FromHours(1));
        await request.ActAsync(new RequestCommand(RequestAction.Resume, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "agent", PauseReason.QuoteAcceptance));

        var view = await request.GetAsync();

        var clientClocks = view.Clocks.Where(c => c.Kind == ClockKind.ClientResponse).ToArray();
        clientClocks.Select(c => c.State).Should().Equal(ClockRunState.Stopped, ClockRunState.Running);
        clientClocks[1].Elapsed.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task The_history_records_who_did_what_when_and_why()
    {
        var request = await FileOnMondayMorningAsync();
        var startedAt = fixture.Time.GetUtcNow();
        await request.ActAsync(new RequestCommand(RequestAction.Start, "Ana Agent", Comment: "On it."));
        fixture.Time.Advance(TimeSpan.FromMinutes(30));
        var waitedAt = fixture.Time.GetUtcNow();
        await request.ActAsync(new RequestCommand(RequestAction.WaitOnClient, "Ana Agent", PauseReason.ApprovalPending, "Needs your manager's approval."));

        var history = (await request.GetAsync()).History;

        history.Should().HaveCount(2);
        history[0].Should().Be(new TransitionRecord(
            RequestAction.Start, RequestStatus.Submitted, RequestStatus.InProgress, startedAt, "Ana Agent", null, "On it."));
        history[1].Should().Be(new TransitionRecord(
            RequestAction.WaitOnClient, RequestStatus.InProgress, RequestStatus.WaitingOnClient, waitedAt, "Ana Agent",
            PauseReason.ApprovalPending, "Needs your manager's approval."));
    }

    [Fact]
    public async Task A_provider_comment_is_the_first_answer_but_a_client_comment_is_not()
    {
        var request = await FileOnMondayMorningAsync();

        var afterClient = await request.ActAsync(new RequestCommand(RequestAction.Comment, "Rémi Client", Comment: "Any news?"));
        var afterProvider = await request.ActAsync(new RequestCommand(RequestAction.Comment, "Ana Agent", Comment: "Tomorrow."));

        afterClient.Clock(ClockKind.FirstAnswer).State.Should().Be(ClockRunState.Running);
        afterProvider.Clock(ClockKind.FirstAnswer).State.Should().Be(ClockRunState.Stopped);
        afterProvider.Status.Should().Be(RequestStatus.Submitted);
        afterProvider.History.Select(h => (h.Action, h.From, h.To)).Should().Equal(
            (RequestAction.Comment, RequestStatus.Submitted, RequestStatus.Submitted),
            (RequestAction.Comment, RequestStatus.Submitted, RequestStatus.Submitted));
    }

    [Fact]
    public async Task Reopening_runs_the_resolution_clock_again_from_where_it_stopped()
    {
        var request = await FileOnMondayMorningAsync();
        fixture.Time.Advance(TimeSpan.FromHours(1));
        await request.ActAsync(new RequestCommand(RequestAction.Resolve, "agent"));
        fixture.Time.Advance(TimeSpan.FromHours(1));

        await request.ActAsync(new RequestCommand(RequestAction.Reopen, "Rémi Client"));
        fixture.Time.Advance(TimeSpan.FromHours(1));
        var view = await request.GetAsync();

        view.Status.Should().Be(RequestStatus.InProgress);
        view.Clock(ClockKind.Resolution).State.Should().Be(ClockRunState.Running);
        view.Clock(ClockKind.Resolution).Elapsed.Should().Be(TimeSpan.FromHours(2));
        view.Clock(ClockKind.Acknowledgement).State.Should().Be(ClockRunState.Stopped);
    }

    [Fact]
    public async Task Every_event_of_a_request_is_numbered_one_more_than_the_last()
    {
        var request = await FileOnMondayMorningAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent"));
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "Ordering the laptop."));
        await request.ActAsync(new RequestCommand(RequestAction.Resolve, "agent"));

        var events = fixture.Events.Of(request.GetPrimaryKeyString());

        events.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4);
        events[0].Should().BeOfType<RequestFiled>();
        events.Skip(1).Cast<RequestTransitioned>().Select(e => e.Transition.Action)
            .Should().Equal(RequestAction.Acknowledge, RequestAction.Comment, RequestAction.Resolve);
        events.OfType<RequestTransitioned>().Last().Summary.Status.Should().Be(RequestStatus.Resolved);
    }

    /// <summary>Files a request on the next Monday at 9:00 (business hours all morning) and returns its grain.</summary>
    private async Task<IRequestGrain> FileOnMondayMorningAsync()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        fixture.Time.MoveToNext(DayOfWeek.Monday, new TimeOnly(9, 0));
        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        return grains.GetRequest(view.Id);
    }
}
