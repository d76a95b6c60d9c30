using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Requests;

/// <summary>A request of hr to it, filed Monday 9:00 in Toronto, with the seed's clocks, and the people acting on it.</summary>
internal static class TestRequests
{
    public static readonly RequestCalendars Both = new(Toronto, Toronto);

    public static readonly ApprovalRule Rule = ApprovalRule.Default(Toronto.BusinessDay);

    public static ServiceRequest Filed(bool paid = true, QuoteWait quoteWait = QuoteWait.PauseProvider) => ServiceRequest.File(
        "IT-000001", "it", "hr", "hr.requester",
        [
            new ClockTerms(ClockKind.Acknowledgement, 4, false, 0.75),
            new ClockTerms(ClockKind.Resolution, 2, true, 0.75),
            new ClockTerms(ClockKind.ClientResponse, 5, true, 0.75),
        ],
        Both, Monday(9), quoteRequired: paid, quoteWait);

    public static RequestAct Agent(RequestAction action, PauseReason? reason = null) => new(action, "it.agent", RequestSide.Provider, reason);

    public static QuoteDraft Draft(decimal amount, string? changeReason = null) =>
        new(amount, "CAD", "Two hours of work and the cable", "fr", Monday(9).AddDays(14), changeReason);
}
