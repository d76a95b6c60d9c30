using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;
using Catalog.Web.Live;

namespace Catalog.Functional.Tests.Live;

public sealed class LiveEventTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 3, 14, 0, 0, TimeSpan.Zero);
    private static readonly RequestSummary Summary = TestEvents.Summary("IT-2025-000001");

    [Fact]
    public void A_filing_becomes_a_filed_event()
    {
        var live = LiveEvent.FromRequestEvent(new RequestFiled("IT-2025-000001", "it", "hr", 1, At, Summary));

        live.Should().BeEquivalentTo(new { Type = "filed", RequestId = "IT-2025-000001", ProviderDepartmentId = "it", ClientDepartmentId = "hr", Sequence = 1L, At, Summary });
        live!.Action.Should().BeNull();
        live.Clock.Should().BeNull();
    }

    [Fact]
    public void A_transition_carries_its_action_statuses_and_author()
    {
        var transition = new TransitionRecord(RequestAction.Start, RequestStatus.Acknowledged, RequestStatus.InProgress, At, "agent", null, null);

        var live = LiveEvent.FromRequestEvent(new RequestTransitioned("IT-2025-000001", "it", "hr", 3, At, transition, Summary));

        live.Should().BeEquivalentTo(new
        {
            Type = "transitioned", Sequence = 3L, Action = RequestAction.Start, From = RequestStatus.Acknowledged,
            To = RequestStatus.InProgress, By = "agent",
        });
    }

    [Fact]
    public void Clock_crossings_become_at_risk_and_breached_events_with_the_clock_and_its_holder()
    {
        var due = At.AddHours(4);

        var atRisk = LiveEvent.FromRequestEvent(new ClockAtRisk("IT-2025-000001", "it", "hr", 2, At, ClockKind.Acknowledgement, "it", due, Summary));
        var breached = LiveEvent.FromRequestEvent(new ClockBreached("IT-2025-000001", "it", "hr", 4, due, ClockKind.ClientResponse, "hr", due, Summary));

        atRisk.Should().BeEquivalentTo(new { Type = "atRisk", Clock = ClockKind.Acknowledgement, HolderDepartmentId = "it", DueAt = due });
        breached.Should().BeEquivalentTo(new { Type = "breached", Clock = ClockKind.ClientResponse, HolderDepartmentId = "hr", DueAt = due });
    }

    [Fact]
    public void Groups_are_named_by_role_and_department()
    {
        LiveGroups.For(TestEvents.Event("R", 1, "it", "hr")).Should().Equal("provider:it", "client:hr", "board", "board:it", "board:hr");
        LiveGroups.For(TestEvents.Event("R", 1, "it", "it")).Should().Equal(["provider:it", "client:it", "board", "board:it"],
            "a department's board gets a request it both provides and filed once");
        LiveGroups.ParseRole("Provider").Should().Be(QueueRole.Provider);
        LiveGroups.ParseRole("client").Should().Be(QueueRole.Client);
        LiveGroups.ParseRole("1").Should().BeNull();
        LiveGroups.ParseRole(null).Should().BeNull();
    }
}
