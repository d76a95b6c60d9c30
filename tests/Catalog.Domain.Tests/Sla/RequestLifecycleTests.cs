using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using static Catalog.Domain.Requests.RequestAction;
using static Catalog.Domain.Requests.RequestStatus;

namespace Catalog.Domain.Tests.Sla;

public sealed class RequestLifecycleTests
{
    // The design's table, written out once more: status → (action → next status).
    private static readonly Dictionary<RequestStatus, (RequestAction Action, RequestStatus Next)[]> Expected = new()
    {
        [Submitted] = [(Acknowledge, Acknowledged), (RequestAction.Start, InProgress), (Resolve, Resolved), (Cancel, Cancelled), (Comment, Submitted)],
        [Acknowledged] = [(RequestAction.Start, InProgress), (WaitOnClient, WaitingOnClient), (Resolve, Resolved), (Cancel, Cancelled), (Comment, Acknowledged)],
        [InProgress] = [(WaitOnClient, WaitingOnClient), (Resolve, Resolved), (Cancel, Cancelled), (Comment, InProgress)],
        [WaitingOnClient] = [(Resume, InProgress), (Cancel, Cancelled), (Comment, WaitingOnClient)],
        [Resolved] = [(Close, Closed), (Reopen, InProgress), (Comment, Resolved)],
        [Closed] = [(Reopen, InProgress)],
        [Cancelled] = [],
    };

    public static TheoryData<RequestStatus, RequestAction, RequestStatus> AllowedTransitions()
    {
        var data = new TheoryData<RequestStatus, RequestAction, RequestStatus>();
        foreach (var (status, row) in Expected)
        {
            foreach (var (action, next) in row)
            {
                data.Add(status, action, next);
            }
        }

        return data;
    }

    public static TheoryData<RequestStatus, RequestAction> IllegalTransitions()
    {
        var data = new TheoryData<RequestStatus, RequestAction>();
        foreach (var (status, row) in Expected)
        {
            foreach (var action in Enum.GetValues<RequestAction>().Except(row.Select(r => r.Action)))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Every_allowed_action_leads_to_the_status_of_the_table(RequestStatus from, RequestAction action, RequestStatus next)
    {
        RequestLifecycle.Next(from, action).Should().Be(next);
        RequestLifecycle.IsAllowed(from, action).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_action_missing_from_the_table_is_refused(RequestStatus from, RequestAction action)
    {
        RequestLifecycle.Next(from, action).Should().BeNull();
        RequestLifecycle.IsAllowed(from, action).Should().BeFalse();
    }

    [Fact]
    public void Sample_illegal_transitions_are_refused()
    {
        RequestLifecycle.Next(Submitted, WaitOnClient).Should().BeNull("the provider acknowledges or starts before waiting on the client");
        RequestLifecycle.Next(InProgress, Acknowledge).Should().BeNull();
        RequestLifecycle.Next(WaitingOnClient, Resolve).Should().BeNull();
        RequestLifecycle.Next(Closed, Comment).Should().BeNull();
        RequestLifecycle.Next(Cancelled, Reopen).Should().BeNull();
        RequestLifecycle.Next(Resolved, Cancel).Should().BeNull();
    }

    [Fact]
    public void Allowed_lists_exactly_the_actions_of_the_table_in_its_order()
    {
        foreach (var (status, row) in Expected)
        {
            RequestLifecycle.Allowed(status).Should().Equal(row.Select(r => r.Action), "for {0}", status);
        }
    }

    [Fact]
    public void Allowed_returns_the_same_cached_read_only_list_each_time()
    {
        var first = RequestLifecycle.Allowed(InProgress);

        RequestLifecycle.Allowed(InProgress).Should().BeSameAs(first);
        first.Should().NotBeAssignableTo<RequestAction[]>();
    }

    [Fact]
    public void Cancelled_allows_nothing()
    {
        RequestLifecycle.Allowed(Cancelled).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_status_allows_nothing()
    {
        RequestLifecycle.Allowed((RequestStatus)42).Should().BeEmpty();
        RequestLifecycle.Next((RequestStatus)42, Comment).Should().BeNull();
    }

    [Theory]
    [InlineData(Submitted, true, true)]
    [InlineData(Acknowledged, true, true)]
    [InlineData(InProgress, true, true)]
    [InlineData(WaitingOnClient, true, true)]
    [InlineData(Resolved, false, true)]
    [InlineData(Closed, false, false)]
    [InlineData(Cancelled, false, false)]
    public void Resolved_is_open_for_queues_but_no_longer_active_for_the_SLA(RequestStatus status, bool active, bool open)
    {
        RequestLifecycle.IsActive(status).Should().Be(active);
        RequestLifecycle.IsOpen(status).Should().Be(open);
    }
}
