using Catalog.Domain.Requests;
using static Catalog.Domain.Tests.Requests.TestRequests;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Requests;

public sealed class ApprovalRulesTests
{
    [Theory]
    [InlineData(149.99, true)]
    [InlineData(150, false)]
    [InlineData(900, false)]
    public void An_agent_grants_an_accommodation_alone_only_under_150_dollars(double amount, bool alone)
    {
        var request = Filed(paid: false);

        var approval = request.RequestAccommodation(
            "it.agent", ApprovalSubject.Waiver, (decimal)amount, "CAD", "Waive the late fee", Rule, Both, Monday(10));

        approval.DecidedAlone.Should().Be(alone);
        approval.Status.Should().Be(alone ? ApprovalStatus.Approved : ApprovalStatus.Pending);
        approval.DecidedBy.Should().Be(alone ? "it.agent" : null);
    }

    [Fact]
    public void A_substitute_decides_for_the_manager_and_the_decision_says_so()
    {
        var request = Filed(paid: false);
        request.RequestAccommodation("it.agent", ApprovalSubject.Discount, 300m, "CAD", "20 % off for the move", Rule, Both, Monday(10));

        request.DecideApproval(1, new ApprovalDecider("it.lead", "it.manager"), true, "Agreed by phone", Both, Monday(11));

        request.Approvals[0].Should().Match<Approval>(a =>
            a.Status == ApprovalStatus.Approved && a.DecidedBy == "it.lead" && a.DecidedFor == "it.manager" && a.Reason == "Agreed by phone");
        var again = () => request.DecideApproval(1, new ApprovalDecider("it.manager", null), false, "No", Both, Monday(12));
        again.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Conflict);
    }

    [Fact]
    public void An_approval_not_decided_in_its_business_day_is_overdue()
    {
        var request = Filed(paid: false);

        var approval = request.RequestAccommodation("it.agent", ApprovalSubject.Exception, 500m, "CAD", "Out-of-hours install", Rule, Both, Friday(15));

        approval.DueAt.Should().Be(Monday(15), "Friday 15:00–16:30, then Monday 8:30–12:00 and 13:00–15:00, make 7 business hours");
        approval.IsOverdueAt(Monday(14, 59)).Should().BeFalse();
        approval.IsOverdueAt(Monday(15)).Should().BeTrue();
    }

    [Fact]
    public void Another_currency_than_the_thresholds_goes_to_a_manager()
    {
        Rule.NeedsManager(20m, "USD").Should().BeTrue();
        Rule.NeedsManager(20m, "cad").Should().BeFalse();
    }
}
