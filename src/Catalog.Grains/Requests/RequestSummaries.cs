using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Live;
using Catalog.Domain.Sla;
using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>
/// Builds what others see of a filed request from its state and its clocks: the summary a queue shows (the request
/// index's row, the events' payload) and the full view.
/// </summary>
internal static class RequestSummaries
{
    /// <summary>The request as its client and provider see it, with its clocks and the actions allowed now.</summary>
    public static RequestView View(RequestState state, ClockView[] clocks, ServiceRequest rules, DateTimeOffset asOf) => new(
        state.Id!,
        state.ServiceId,
        state.ServiceVersion,
        state.ServiceName,
        state.ProviderDepartmentId,
        state.ClientDepartmentId,
        state.Requester,
        state.Title,
        new Dictionary<string, string>(state.Answers, StringComparer.Ordinal),
        state.Status,
        state.PauseReason,
        state.FiledAt,
        state.UpdatedAt,
        state.AgreementId,
        state.AgreementVersion,
        clocks,
        state.History.ToArray(),
        [.. rules.Allowed()],
        asOf,
        state.QuoteRequired,
        state.Quotes,
        state.Approvals,
        state.Handoffs,
        state.Assignee,
        rules.Blocker(RequestAction.Start) ?? rules.Blocker(RequestAction.Resolve));

    /// <summary>
    /// The summary of a filed request. At risk and breached speak of the provider's clocks only (the client-response
    /// clock counts against the client, so it must not colour the provider's figures): at risk, a provider clock still
    /// counting passed its warning threshold without being breached yet; breached, a provider clock ever breached.
    /// Client overdue: the client department missed its client-response target. Next due: the earliest due instant of
    /// the running clocks (in the past when one is overdue), so queues sort what breaches first. Awaiting approval: an
    /// approval waits for a manager's decision, so the department's approvals page lists it from the index.
    /// What live pages draw comes along: the pause reason, the clocks that started (one not started draws nothing, and
    /// its calendar's business intervals need not travel), each side's actions.
    /// </summary>
    public static RequestSummary From(RequestState state, IReadOnlyList<ClockView> clocks) =>
        From(state, clocks, RequestStateMapping.Rules(state).Allowed());

    private static RequestSummary From(RequestState state, IReadOnlyList<ClockView> clocks, IReadOnlyList<RequestAction> allowed) => new(
        state.Id!,
        state.ServiceId,
        state.ServiceName,
        state.ProviderDepartmentId,
        state.ClientDepartmentId,
        state.Requester,
        state.Title,
        state.Status,
        clocks.Any(c => IsProviders(c) && c.State is ClockRunState.Running or ClockRunState.Paused && c.AtRisk && !c.Breached),
        clocks.Any(c => IsProviders(c) && c.Breached),
        clocks.Where(c => c.State == ClockRunState.Running).Min(c => c.DueAt),
        state.FiledAt,
        state.UpdatedAt,
        clocks.Any(c => !IsProviders(c) && c.Breached),
        state.Approvals.Any(a => a.Status == ApprovalStatus.Pending),
        state.PauseReason,
        [.. clocks.Where(c => c.State != ClockRunState.NotStarted).Select(c => Reading(state, c))],
        AccessPolicy.ActionsFor(RequestSide.Provider, allowed),
        AccessPolicy.ActionsFor(RequestSide.Client, allowed));

    /// <summary>A clock as a live page draws it; measured by its provider's calendar, or its client's for the client's own clock.</summary>
    private static LiveClockReading Reading(RequestState state, ClockView clock) => new(
        clock.Kind,
        clock.State,
        clock.HolderDepartmentId,
        ClockRules.IsHeldByClient(clock.Kind) ? state.ClientDepartmentId : state.ProviderDepartmentId,
        clock.Target,
        clock.Remaining,
        clock.DueAt,
        clock.AtRiskAt,
        clock.AtRisk,
        clock.Breached,
        clock.BreachedAt);

    private static bool IsProviders(ClockView clock) => clock.Kind != ClockKind.ClientResponse;
}
