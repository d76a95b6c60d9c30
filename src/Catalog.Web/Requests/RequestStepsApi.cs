using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Requests;

/// <summary>
/// The steps of a request beyond its lifecycle: quotes (written by the provider, accepted or declined by the client),
/// accommodations and their approvals (a manager or their substitute decides at or above the department's
/// threshold), and transfers. Each is one call to the request, which checks who may take it where the request is;
/// an Idempotency-Key header makes a retry safe, as for actions.
/// </summary>
public static class RequestStepsApi
{
    private const string Tag = "Requests";

    /// <summary>Maps the step routes under /api/requests/{id}.</summary>
    public static IEndpointRouteBuilder MapRequestStepsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/requests/{id}").WithTags(Tag);

        api.MapPost("quotes", ProposeQuoteAsync)
            .WithName("ProposeQuote")
            .WithSummary("Writes a quote (provider): amount, currency, covers, language (fr/en), validUntil; changeReason when replacing an accepted quote.")
            .WithDescription("Below the provider department's threshold the quote goes to the client at once and the request waits on the client (the resolution clock pauses, the client-response clock runs); at or above it, a manager approves it first. Start and resolve are refused (409) until the client accepts.")
            .Accepts<QuoteBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("quote/accept", AcceptQuoteAsync)
            .WithName("AcceptQuote")
            .WithSummary("The client accepts the current quote: the provider's clocks run again and work may start.")
            .Produces<RequestView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("quote/decline", DeclineQuoteAsync)
            .WithName("DeclineQuote")
            .WithSummary("The client declines the current quote, optionally saying why: the provider re-quotes or ends the request.")
            .Accepts<QuoteDeclineBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("accommodations", AskAccommodationAsync)
            .WithName("AskAccommodation")
            .WithSummary("Asks an accommodation (provider): Waiver, Discount or Exception, amount, description. Granted at once below the threshold; else a manager decides.")
            .Accepts<AccommodationBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("approvals/{number:int}/approve", ApproveAsync)
            .WithName("ApproveApproval")
            .WithSummary("A manager of the provider, or the substitute a manager named, approves (the decision says for whom).")
            .Accepts<ApprovalDecisionBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("approvals/{number:int}/reject", RejectAsync)
            .WithName("RejectApproval")
            .WithSummary("A manager of the provider, or their substitute, rejects with a reason.")
            .Accepts<ApprovalDecisionBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("transfers", TransferAsync)
            .WithName("TransferRequest")
            .WithSummary("Hands the request to another agent (toAgent) and/or department (toDepartmentId); a second transfer needs a reason and counts against the provider.")
            .WithDescription("A transfer to another department keeps the request's clocks, targets and agreement: the time after it is held by the new department, and each department's share is shown.")
            .Accepts<TransferBody>("application/json")
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return endpoints;
    }

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> ProposeQuoteAsync(
        [AsParameters] RequestStepCall call, CancellationToken cancellationToken) =>
        call.RunAsync<QuoteBody>(cancellationToken, (grain, body, key) =>
            grain.ProposeQuoteAsync(call.Me.Viewer, new QuoteProposal(
                body.Amount ?? 0, body.Currency ?? "CAD", body.Covers ?? "", body.Language ?? "", body.ValidUntil ?? default, body.ChangeReason, key)));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> AcceptQuoteAsync(
        [AsParameters] RequestStepCall call, CancellationToken cancellationToken) =>
        call.RunAsync(cancellationToken, (grain, key) => grain.AnswerQuoteAsync(call.Me.Viewer, new QuoteAnswer(true, null, key)));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> DeclineQuoteAsync(
        [AsParameters] RequestStepCall call, CancellationToken cancellationToken) =>
        call.RunAsync<QuoteDeclineBody>(cancellationToken, (grain, body, key) =>
            grain.AnswerQuoteAsync(call.Me.Viewer, new QuoteAnswer(false, body.Reason, key)));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> AskAccommodationAsync(
        [AsParameters] RequestStepCall call, CancellationToken cancellationToken) =>
        call.RunAsync<AccommodationBody>(cancellationToken, (grain, body, key) =>
            grain.AskAccommodationAsync(call.Me.Viewer, new AccommodationAsk(
                body.Subject ?? (Domain.Requests.ApprovalSubject)(-1), body.Amount ?? 0, body.Currency ?? "CAD", body.Description ?? "", key)));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> ApproveAsync(
        [AsParameters] RequestStepCall call, int number, CancellationToken cancellationToken) =>
        call.RunAsync<ApprovalDecisionBody>(cancellationToken, (grain, body, key) =>
            grain.DecideApprovalAsync(call.Me.Viewer, new ApprovalDecision(number, true, body.Reason, key)), () => new ApprovalDecisionBody(null));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> RejectAsync(
        [AsParameters] RequestStepCall call, int number, CancellationToken cancellationToken) =>
        call.RunAsync<ApprovalDecisionBody>(cancellationToken, (grain, body, key) =>
            grain.DecideApprovalAsync(call.Me.Viewer, new ApprovalDecision(number, false, body.Reason, key)));

    internal static Task<Results<Ok<RequestView>, ValidationProblem>> TransferAsync(
        [AsParameters] RequestStepCall call, CancellationToken cancellationToken) =>
        call.RunAsync<TransferBody>(cancellationToken, (grain, body, key) =>
            grain.TransferAsync(call.Me.Viewer, new TransferOrder(body.ToDepartmentId, body.ToAgent, body.Reason, key)));
}
