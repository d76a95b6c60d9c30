using Catalog.Catalogue;
using Catalog.Domain.Requests;
using static Catalog.Domain.Tests.Requests.TestRequests;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Requests;

public sealed class TransferRulesTests
{
    [Fact]
    public void One_transfer_is_within_the_standard_and_a_second_needs_a_reason_and_counts_against_the_provider()
    {
        var request = Filed(paid: false);

        request.Transfer("it.agent", null, "it.lead", null, Monday(10)).BeyondStandard.Should().BeFalse();
        var silent = () => request.Transfer("it.lead", null, "it.agent", null, Monday(11));
        silent.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Invalid && e.Field == "reason");

        var second = request.Transfer("it.lead", null, "it.agent", "Back to the specialist", Monday(11));

        second.BeyondStandard.Should().BeTrue();
        request.TransfersBeyondStandard.Should().Be(1);
        request.Assignee.Should().Be("it.agent");
        request.Handoffs.Select(h => (h.FromAgent, h.ToAgent)).Should().Equal((null, "it.lead"), ("it.lead", "it.agent"));
    }

    [Fact]
    public void A_transfer_to_another_department_keeps_the_clocks_and_splits_the_time_each_department_held()
    {
        var request = Filed(paid: false);

        request.Transfer("it.agent", "facilities", null, null, Monday(11));

        request.ProviderDepartmentId.Should().Be("facilities");
        var resolution = request.Clocks.Single(c => c.Terms.Kind == ClockKind.Resolution);
        resolution.Holder.Should().Be("facilities");
        resolution.Run.ElapsedByDepartment(Toronto, Monday(15)).Should().BeEquivalentTo(new Dictionary<string, TimeSpan>
        {
            ["it"] = TimeSpan.FromHours(2),
            ["facilities"] = TimeSpan.FromHours(3),
        });
        resolution.Run.Evaluate(Toronto, Monday(15)).Elapsed.Should().Be(TimeSpan.FromHours(5), "the client's wait does not start again");
    }

    [Fact]
    public void A_transfer_must_go_somewhere_else()
    {
        var request = Filed(paid: false);

        var nowhere = () => request.Transfer("it.agent", "it", null, null, Monday(10));
        var toClient = () => request.Transfer("it.agent", "hr", null, null, Monday(10));

        nowhere.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Invalid);
        toClient.Should().Throw<RequestRefusedException>().Where(e => e.Field == "toDepartmentId");
        request.Handoffs.Should().BeEmpty();
    }

    [Fact]
    public void A_closed_request_cannot_be_transferred()
    {
        var request = Filed(paid: false);
        request.Act(Agent(RequestAction.Cancel), Both, Monday(10));

        var transfer = () => request.Transfer("it.agent", "facilities", null, null, Monday(11));

        transfer.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Conflict);
    }
}
