using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Clock = Catalog.Grains.Requests.RequestState.Clock;
using Span = Catalog.Grains.Requests.RequestState.Span;

namespace Catalog.Grains.Requests;

/// <summary>
/// Between a request's stored state and its rules (<see cref="ServiceRequest"/>): the grain loads the rules from
/// what is stored, asks them, and stores what they became. Each load is a fresh copy, so a refused change leaves the
/// stored state untouched.
/// </summary>
internal static class RequestStateMapping
{
    /// <summary>The request's rules, loaded from its stored state.</summary>
    public static ServiceRequest ToDomain(RequestState state, RequestCalendars calendars)
    {
        var request = Rules(state);
        foreach (var stored in state.Clocks)
        {
            var terms = new ClockTerms(stored.Kind, stored.Target.Value, stored.Target.Unit == TargetUnit.BusinessDays, stored.WarningRatio);
            var run = new SlaClockState
            {
                Kind = stored.Kind,
                Target = terms.TargetIn(calendars.For(stored.Kind)),
                Spans = [.. stored.Spans.Select(s => new ClockSpan(s.Start, s.End, s.HolderDepartmentId))],
                Stopped = stored.Stopped,
                AtRiskAt = stored.AtRiskAt,
                BreachedAt = stored.BreachedAt,
            };
            request.Clocks.Add(new RequestClock(terms, stored.HolderDepartmentId, run) { MetAt = stored.MetAt });
        }

        return request;
    }

    /// <summary>
    /// The request's rules without its clocks, which need the calendars: enough to say what the status and the
    /// request's own rules allow (<see cref="ServiceRequest.Allowed"/>), as summaries do for every queue row.
    /// </summary>
    public static ServiceRequest Rules(RequestState state) => new()
    {
        Id = state.Id!,
        ProviderDepartmentId = state.ProviderDepartmentId,
        ClientDepartmentId = state.ClientDepartmentId,
        Requester = state.Requester,
        Status = state.Status,
        PauseReason = state.PauseReason,
        UpdatedAt = state.UpdatedAt,
        QuoteRequired = state.QuoteRequired,
        QuoteWait = state.QuoteWait,
        Assignee = state.Assignee,
        Terms = [.. state.Policies.Select(Terms)],
        RecentActions = [.. state.RecentActions.Select(a => new Domain.Requests.RecentAction(a.Key, a.By, a.Action, a.Step))],
        Quotes = [.. state.Quotes.Select(q => q.ToDomain())],
        Approvals = [.. state.Approvals.Select(a => a.ToDomain())],
        Handoffs = [.. state.Handoffs.Select(h => h.ToDomain())],
    };

    /// <summary>Stores what the rules decided into the state (written by the grain afterwards).</summary>
    public static void Store(ServiceRequest request, RequestState state)
    {
        state.ProviderDepartmentId = request.ProviderDepartmentId;
        state.Status = request.Status;
        state.PauseReason = request.PauseReason;
        state.UpdatedAt = request.UpdatedAt;
        state.Assignee = request.Assignee;
        state.Clocks = [.. request.Clocks.Select(Clock)];
        state.RecentActions = [.. request.RecentActions.Select(a => new RequestState.RecentAction(a.Key, a.By, a.Action, a.Step))];
        state.Quotes = [.. request.Quotes.Select(QuoteRecord.Of)];
        state.Approvals = [.. request.Approvals.Select(ApprovalRecord.Of)];
        state.Handoffs = [.. request.Handoffs.Select(HandoffRecord.Of)];
    }

    /// <summary>The terms of a policy resolved at filing.</summary>
    public static ClockTerms Terms(ClockPolicy policy) =>
        new(policy.Kind, policy.Target.Value, policy.Target.Unit == TargetUnit.BusinessDays, policy.WarningRatio);

    /// <summary>A deadline the rules report, as the index and the monitor take it.</summary>
    public static SlaDeadline Deadline((ClockKind Clock, bool Breach, DateTimeOffset At) pending) =>
        new(pending.Clock, pending.Breach ? SlaDeadlineKind.Breach : SlaDeadlineKind.AtRisk, pending.At);

    private static Clock Clock(RequestClock clock) => new(
        clock.Terms.Kind,
        new Target(clock.Terms.Value, clock.Terms.InBusinessDays ? TargetUnit.BusinessDays : TargetUnit.BusinessHours),
        clock.Terms.WarningRatio,
        clock.Owner,
        [.. clock.Run.Spans.Select(s => new Span(s.Start, s.End, s.HolderDepartment))],
        clock.Run.Stopped,
        clock.Run.AtRiskAt,
        clock.Run.BreachedAt,
        clock.MetAt);
}
