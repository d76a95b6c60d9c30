using Catalog.Catalogue;
using Catalog.Domain.Requests;
using static Catalog.Domain.Tests.Requests.TestRequests;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Requests;

public sealed class QuoteRulesTests
{
    [Fact]
    public void Work_on_a_paid_service_is_refused_until_the_client_accepts_a_quote()
    {
        var request = Filed();

        var start = () => request.Act(Agent(RequestAction.Start), Both, Monday(9, 30));

        start.Should().Throw<RequestRefusedException>()
            .Where(e => e.Refusal == RequestRefusal.Conflict && e.Message.Contains("accepted quote") && e.Allowed.Contains("ProposeQuote"));
        request.AllowedFor(Domain.Access.RequestSide.Provider).Should().NotContain([RequestAction.Start, RequestAction.Resolve]);
        request.Status.Should().Be(RequestStatus.Submitted);
    }

    [Fact]
    public void A_quote_below_the_threshold_goes_to_the_client_and_pauses_the_resolution_clock_until_accepted()
    {
        var request = Filed();

        var changes = request.ProposeQuote("it.agent", Draft(120m), Rule, Both, Monday(10));

        changes.Select(c => c.Action).Should().Equal(RequestAction.Acknowledge, RequestAction.WaitOnClient);
        request.Status.Should().Be(RequestStatus.WaitingOnClient);
        request.PauseReason.Should().Be(PauseReason.QuoteAcceptance);
        request.CurrentQuote!.Status.Should().Be(QuoteStatus.Proposed);
        request.Approvals.Should().BeEmpty("below $150 the agent decides alone");
        Clock(request, ClockKind.Resolution).Run.IsPaused.Should().BeTrue();
        Clock(request, ClockKind.ClientResponse).Run.IsRunning.Should().BeTrue();

        request.AcceptQuote("hr.requester", Both, Monday(11)).Select(c => c.Action).Should().Equal(RequestAction.Resume);

        request.Status.Should().Be(RequestStatus.InProgress, "the acceptance hands the request back to the provider, whose work may start");
        request.AllowedFor(Domain.Access.RequestSide.Provider).Should().Contain(RequestAction.Resolve);
        request.AcceptedQuote!.DecidedBy.Should().Be("hr.requester");
        Clock(request, ClockKind.Resolution).Run.Evaluate(Toronto, Monday(12)).Elapsed.Should().Be(TimeSpan.FromHours(2),
            "9:00–10:00 before the quote and 11:00–12:00 after its acceptance; the hour waiting on the client does not count");
    }

    [Fact]
    public void Under_an_agreement_that_keeps_the_clocks_running_the_resolution_clock_runs_while_the_quote_waits()
    {
        var request = Filed(quoteWait: QuoteWait.KeepRunning);

        request.ProposeQuote("it.agent", Draft(120m), Rule, Both, Monday(10)).Select(c => c.Action).Should().Equal(RequestAction.Acknowledge);
        request.AcceptQuote("hr.requester", Both, Monday(12)).Should().BeEmpty();

        request.Status.Should().Be(RequestStatus.Acknowledged);
        Clock(request, ClockKind.Resolution).Run.Evaluate(Toronto, Monday(12)).Elapsed.Should().Be(TimeSpan.FromHours(3),
            "9:00–12:00 all counted: the provider's clock did not pause for the quote");
        request.Clocks.Should().NotContain(c => c.Terms.Kind == ClockKind.ClientResponse);
        request.AllowedFor(Domain.Access.RequestSide.Provider).Should().Contain(RequestAction.Start);
    }

    [Fact]
    public void A_quote_at_the_threshold_waits_for_a_manager_before_the_client_sees_it()
    {
        var request = Filed();

        request.ProposeQuote("it.agent", Draft(150m), Rule, Both, Monday(10)).Should().BeEmpty();

        request.CurrentQuote!.Status.Should().Be(QuoteStatus.AwaitingApproval);
        var approval = request.Approvals.Should().ContainSingle().Subject;
        approval.Subject.Should().Be(ApprovalSubject.Quote);
        approval.DueAt.Should().Be(Tuesday(10), "one business day (7 h) from Monday 10:00 is Tuesday 10:00");
        var accept = () => request.AcceptQuote("hr.requester", Both, Monday(11));
        accept.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Conflict);

        request.DecideApproval(1, new ApprovalDecider("it.manager", null), true, null, Both, Monday(11))
            .Select(c => c.Action).Should().Equal(RequestAction.Acknowledge, RequestAction.WaitOnClient);
        request.CurrentQuote!.Status.Should().Be(QuoteStatus.Proposed);
    }

    [Fact]
    public void A_rejected_quote_is_withdrawn_and_a_rejection_needs_its_reason()
    {
        var request = Filed();
        request.ProposeQuote("it.agent", Draft(400m), Rule, Both, Monday(10));

        var silent = () => request.DecideApproval(1, new ApprovalDecider("it.manager", null), false, " ", Both, Monday(11));
        silent.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Invalid && e.Field == "reason");

        request.DecideApproval(1, new ApprovalDecider("it.manager", null), false, "Too dear for a cable", Both, Monday(11));

        request.CurrentQuote!.Status.Should().Be(QuoteStatus.Withdrawn);
        request.Approvals[0].Status.Should().Be(ApprovalStatus.Rejected);
        request.Status.Should().Be(RequestStatus.Submitted);
    }

    [Fact]
    public void An_expired_quote_cannot_be_accepted_and_a_declined_one_is_requoted()
    {
        var request = Filed();
        request.ProposeQuote("it.agent", Draft(100m) with { ValidUntil = Monday(12) }, Rule, Both, Monday(10));

        var late = () => request.AcceptQuote("hr.requester", Both, Monday(13));
        late.Should().Throw<RequestRefusedException>().Where(e => e.Message.Contains("expired"));

        request.DeclineQuote("hr.requester", "Too late now", Both, Monday(13));
        request.Status.Should().Be(RequestStatus.InProgress, "the decline hands the request back to the provider");
        request.ProposeQuote("it.agent", Draft(90m), Rule, Both, Monday(14));

        request.Quotes.Select(q => q.Status).Should().Equal(QuoteStatus.Declined, QuoteStatus.Proposed);
        request.Quotes[0].DecisionNote.Should().Be("Too late now");
    }

    [Fact]
    public void A_new_price_after_acceptance_needs_its_reason_and_a_new_acceptance()
    {
        var request = Filed();
        request.ProposeQuote("it.agent", Draft(100m), Rule, Both, Monday(10));
        request.AcceptQuote("hr.requester", Both, Monday(11));

        var silent = () => request.ProposeQuote("it.agent", Draft(130m), Rule, Both, Monday(14));
        silent.Should().Throw<RequestRefusedException>().Where(e => e.Field == "changeReason");

        request.ProposeQuote("it.agent", Draft(130m, "The cable must be replaced too"), Rule, Both, Monday(14));

        request.Status.Should().Be(RequestStatus.WaitingOnClient);
        request.CurrentQuote!.ChangeReason.Should().Be("The cable must be replaced too");
        request.Act(Agent(RequestAction.Resume), Both, Monday(15));
        var resolve = () => request.Act(Agent(RequestAction.Resolve), Both, Monday(15));
        resolve.Should().Throw<RequestRefusedException>().Where(e => e.Message.Contains("accepted quote"));
    }

    [Theory]
    [InlineData(0, "CAD", "covers", "fr", "amount")]
    [InlineData(10.555, "CAD", "covers", "fr", "amount")]
    [InlineData(10, "C1D", "covers", "fr", "currency")]
    [InlineData(10, "CAD", " ", "fr", "covers")]
    [InlineData(10, "CAD", "covers", "de", "language")]
    public void A_quote_that_could_not_be_sent_as_written_is_refused_naming_the_field(double amount, string currency, string covers, string language, string field)
    {
        var request = Filed();

        var propose = () => request.ProposeQuote(
            "it.agent", new QuoteDraft((decimal)amount, currency, covers, language, Monday(9).AddDays(3)), Rule, Both, Monday(10));

        propose.Should().Throw<RequestRefusedException>().Where(e => e.Refusal == RequestRefusal.Invalid && e.Field == field);
        request.Quotes.Should().BeEmpty();
    }

    private static RequestClock Clock(ServiceRequest request, ClockKind kind) => request.Clocks.Last(c => c.Terms.Kind == kind);
}
