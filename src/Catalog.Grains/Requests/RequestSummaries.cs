using Catalog.Catalogue;
using Catalog.Domain.Requests;
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
        RequestLifecycle.Allowed(state.Status).Where(a => rules.Blocker(a) is null).ToArray(),
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
    /// </summary>
    public static RequestSummary From(RequestState state, IReadOnlyList<ClockView> clocks) => new(
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
        state.Approvals.Any(a => a.Status == ApprovalStatus.Pending));

    private static bool IsProviders(ClockView clock) => clock.Kind != ClockKind.ClientResponse;
}
