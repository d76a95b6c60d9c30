using Catalog.Access;
using Catalog.Approvals;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>
/// A request's steps beyond its lifecycle, each one change through <c>ChangeAsync</c>: quotes, accommodations and
/// their approvals (the department's rule and deciders from <see cref="IApprovalSettingsGrain"/>), and transfers (the
/// target department and agent checked against the catalogue and the directory). The history records each step by
/// name, with only what people wrote: the pages word it in the reader's language.
/// </summary>
public sealed partial class RequestGrain
{
    public Task<RequestView> ProposeQuoteAsync(Viewer viewer, QuoteProposal proposal) => ProposeQuoteAsync(viewer, proposal, null);

    private Task<RequestView> ProposeQuoteAsync(Viewer viewer, QuoteProposal proposal, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return ChangeAsync(viewer, at, proposal.IdempotencyKey, RequestSteps.QuoteProposed, RequestAction.WaitOnClient, async (request, side, by, c, now) =>
            {
                EnsureProvider(side, "write quotes for");
                var rule = await RuleAsync();
                var draft = new QuoteDraft(proposal.Amount, proposal.Currency ?? "", proposal.Covers ?? "", proposal.Language ?? "", proposal.ValidUntil, proposal.ChangeReason);
                var changes = request.ProposeQuote(by, draft, rule, c, now);
                return new StepResult(changes, request.CurrentQuote!.ChangeReason);
            });
    }

    public Task<RequestView> AnswerQuoteAsync(Viewer viewer, QuoteAnswer answer) => AnswerQuoteAsync(viewer, answer, null);

    private Task<RequestView> AnswerQuoteAsync(Viewer viewer, QuoteAnswer answer, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var step = answer.Accept ? RequestSteps.QuoteAccepted : RequestSteps.QuoteDeclined;
        return ChangeAsync(viewer, at, answer.IdempotencyKey, step, RequestAction.Resume, (request, side, by, c, now) =>
            {
                if (side != RequestSide.Client)
                {
                    throw new RequestRefusedException(RequestRefusal.Forbidden, $"Only people of '{request.ClientDepartmentId}' answer the quotes of {request.Id}.");
                }

                if (answer.Reason is { Length: > QuoteRules.CoversMaxLength })
                {
                    throw new RequestRefusedException(RequestRefusal.Invalid, "The reason is at most 2000 characters.", field: "reason");
                }

                var changes = answer.Accept ? request.AcceptQuote(by, c, now) : request.DeclineQuote(by, answer.Reason, c, now);
                return Task.FromResult(new StepResult(changes, request.CurrentQuote!.DecisionNote));
            });
    }

    public Task<RequestView> AskAccommodationAsync(Viewer viewer, AccommodationAsk ask) => AskAccommodationAsync(viewer, ask, null);

    private Task<RequestView> AskAccommodationAsync(Viewer viewer, AccommodationAsk ask, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return ChangeAsync(viewer, at, ask.IdempotencyKey, RequestSteps.AccommodationAsked, RequestAction.Comment, async (request, side, by, c, now) =>
            {
                EnsureProvider(side, "ask accommodations on");
                var approval = request.RequestAccommodation(by, ask.Subject, ask.Amount, ask.Currency ?? "", ask.Description ?? "", await RuleAsync(), c, now);
                return new StepResult([], approval.Description);
            });
    }

    public Task<RequestView> DecideApprovalAsync(Viewer viewer, ApprovalDecision decision) => DecideApprovalAsync(viewer, decision, null);

    private Task<RequestView> DecideApprovalAsync(Viewer viewer, ApprovalDecision decision, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var step = decision.Approve ? RequestSteps.ApprovalGranted : RequestSteps.ApprovalRejected;
        return ChangeAsync(viewer, at, decision.IdempotencyKey, step, RequestAction.Comment, async (request, side, by, c, now) =>
            {
                var right = await GrainFactory.GetApprovalSettings(request.ProviderDepartmentId).DeciderAsync(viewer, now)
                    ?? throw new RequestRefusedException(
                        RequestRefusal.Forbidden,
                        $"Only a manager of '{request.ProviderDepartmentId}', or the substitute a manager named, decides approvals.");
                var changes = request.DecideApproval(decision.Number, right.ToDecider(), decision.Approve, decision.Reason, c, now);
                return new StepResult(changes, request.Approvals.Single(a => a.Number == decision.Number).Reason);
            });
    }

    public Task<RequestView> TransferAsync(Viewer viewer, TransferOrder order) => TransferAsync(viewer, order, null);

    private Task<RequestView> TransferAsync(Viewer viewer, TransferOrder order, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(order);
        return ChangeAsync(viewer, at, order.IdempotencyKey, RequestSteps.Transferred, RequestAction.Comment, async (request, side, by, c, now) =>
            {
                EnsureProvider(side, "transfer");
                await EnsureTransferTargetAsync(request, order);
                return new StepResult([], request.Transfer(by, order.ToDepartmentId, order.ToAgent, order.Reason, now).Reason);
            });
    }

    private static void EnsureProvider(RequestSide side, string what)
    {
        if (side != RequestSide.Provider)
        {
            throw new RequestRefusedException(RequestRefusal.Forbidden, $"Only agents and managers of the provider {what} requests.");
        }
    }

    private async Task EnsureTransferTargetAsync(ServiceRequest request, TransferOrder order)
    {
        var department = string.IsNullOrWhiteSpace(order.ToDepartmentId) ? request.ProviderDepartmentId : order.ToDepartmentId.Trim();
        if (department != request.ProviderDepartmentId)
        {
            var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
            if (!departments.Any(d => d.Id == department))
            {
                throw new RequestRefusedException(RequestRefusal.Invalid, $"There is no department '{department}'.", field: "toDepartmentId");
            }
        }

        if (!string.IsNullOrWhiteSpace(order.ToAgent))
        {
            var person = await GrainFactory.GetDirectory().FindAsync(order.ToAgent.Trim());
            if (person is null || person.DepartmentId != department || person.Role < DepartmentRole.Agent)
            {
                throw new RequestRefusedException(
                    RequestRefusal.Invalid, $"'{order.ToAgent.Trim()}' is not an agent of '{department}'.", field: "toAgent");
            }
        }
    }

    private async Task<ApprovalRule> RuleAsync()
    {
        var settings = await GrainFactory.GetApprovalSettings(Request.ProviderDepartmentId).GetAsync();
        return new ApprovalRule(settings.Threshold, settings.Currency, TimeSpan.FromHours(settings.DecisionHours));
    }
}
