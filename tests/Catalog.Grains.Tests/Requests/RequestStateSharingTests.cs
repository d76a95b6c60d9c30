using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Requests;
using Catalog.Requests;
using Catalog.Sla;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// Requests keep what they have in common once for the silo (ids, names, terms), and nothing of their own: each
/// state reads the same values after sharing as before, whatever the others hold.
/// </summary>
public sealed class RequestStateSharingTests
{
    private static readonly DateTimeOffset Filed = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Equal_ids_names_and_terms_of_two_requests_become_one_instance()
    {
        // Built from fresh strings, as the storage serializer reads two states.
        var first = RequestStateSharing.Share(State("IT-000001", Copy("it"), Copy("hr"), "Laptop"));
        var second = RequestStateSharing.Share(State("IT-000002", Copy("it"), Copy("hr"), "Screen"));

        second.ProviderDepartmentId.Should().BeSameAs(first.ProviderDepartmentId);
        second.ClientDepartmentId.Should().BeSameAs(first.ClientDepartmentId);
        second.ServiceId.Should().BeSameAs(first.ServiceId);
        second.ServiceName.Should().BeSameAs(first.ServiceName);
        second.Requester.Should().BeSameAs(first.Requester);
        second.Policies.Should().BeSameAs(first.Policies);
        second.Clocks[0].Target.Should().BeSameAs(first.Clocks[0].Target);
        second.Clocks[0].HolderDepartmentId.Should().BeSameAs(first.ProviderDepartmentId);
        second.Answers.Keys.Single().Should().BeSameAs(first.Answers.Keys.Single());
        second.History[0].By.Should().BeSameAs(first.History[0].By);
    }

    [Fact]
    public void Each_request_keeps_its_own_values()
    {
        var it = RequestStateSharing.Share(State("IT-000001", "it", "hr", "Laptop"));
        var hr = RequestStateSharing.Share(State("HR-000001", "hr", "it", "Contract", target: 3));

        it.Should().BeEquivalentTo(State("IT-000001", "it", "hr", "Laptop"), "sharing changes no value");
        hr.Should().BeEquivalentTo(State("HR-000001", "hr", "it", "Contract", target: 3));
        hr.Clocks.Select(c => c.HolderDepartmentId).Should().AllBe("hr", "a clock counts in its own department's calendar");
        hr.Policies.Should().NotBeSameAs(it.Policies, "other terms");
        hr.Title.Should().Be("Contract");
    }

    [Fact]
    public void Clocks_that_ran_the_same_stretches_share_them_within_the_request_only()
    {
        var first = RequestStateSharing.Share(State("IT-000001", "it", "hr", "Laptop"));
        var second = RequestStateSharing.Share(State("IT-000002", "it", "hr", "Screen", filed: Filed.AddHours(1)));

        first.Clocks[1].Spans.Should().BeSameAs(first.Clocks[0].Spans);
        second.Clocks[0].Spans.Should().NotBeSameAs(first.Clocks[0].Spans);
        second.Clocks[0].Spans.Single().Start.Should().Be(Filed.AddHours(1));
    }

    private static string Copy(string value) => new(value.AsSpan());

    private static RequestState State(string id, string provider, string client, string title, int target = 2, DateTimeOffset? filed = null)
    {
        var at = filed ?? Filed;
        var kinds = new[] { ClockKind.Acknowledgement, ClockKind.FirstAnswer, ClockKind.Resolution };
        return new RequestState
        {
            Id = id,
            ServiceId = Copy(provider + ".laptop"),
            ServiceName = new LocalizedText(Copy("Portable"), Copy("Laptop")),
            ProviderDepartmentId = provider,
            ClientDepartmentId = client,
            Requester = Copy("remi"),
            Title = title,
            Answers = new Dictionary<string, string>(StringComparer.Ordinal) { [Copy("details")] = title },
            FiledAt = at,
            Policies = [.. kinds.Select(k => new ClockPolicy(k, new Target(target, TargetUnit.BusinessDays)))],
            Clocks = [.. kinds.Select(k => new RequestState.Clock(
                k, new Target(target, TargetUnit.BusinessDays), 0.75, Copy(provider), [new RequestState.Span(at, null, Copy(provider))], false, null, null, null))],
            History = [new TransitionRecord(RequestAction.Acknowledge, RequestStatus.Submitted, RequestStatus.Acknowledged, at, Copy("agent"), null, null)],
        };
    }
}
