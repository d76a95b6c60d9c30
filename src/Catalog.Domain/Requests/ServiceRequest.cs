using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>
/// One request's rules, as plain data with the operations that change it: who may see and act on it, which action is
/// possible in which status, what each action does to each clock (<see cref="ClockRules"/>), the thresholds recorded
/// at their instants, and the retried actions taken once. The request grain loads it from its stored state, asks it,
/// and stores what it became; nothing here does I/O. Every refusal is a <see cref="RequestRefusedException"/> thrown
/// before anything changes.
/// </summary>
public sealed partial class ServiceRequest
{
    /// <summary>How many keyed actions a request remembers: retries come within seconds, not after twenty more actions.</summary>
    public const int RecentActionsKept = 20;

    private static readonly ClockKind[] Kinds = Enum.GetValues<ClockKind>();

    /// <summary>The readable id ("IT-000123").</summary>
    public required string Id { get; init; }

    /// <summary>The department doing the work (after a transfer to another department: the one it was transferred to).</summary>
    public required string ProviderDepartmentId { get; set; }

    /// <summary>The department that asked.</summary>
    public required string ClientDepartmentId { get; init; }

    /// <summary>Who asked.</summary>
    public required string Requester { get; init; }

    /// <summary>Where the request stands.</summary>
    public RequestStatus Status { get; set; }

    /// <summary>Why the provider waits on the client, while it does.</summary>
    public PauseReason? PauseReason { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The clock terms resolved at filing (the client-response terms start each pause).</summary>
    public List<ClockTerms> Terms { get; init; } = [];

    /// <summary>The provider's clocks from filing, then one client-response clock per pause, in the order they started.</summary>
    public List<RequestClock> Clocks { get; init; } = [];

    /// <summary>The last actions sent with an idempotency key, oldest first.</summary>
    public List<RecentAction> RecentActions { get; init; } = [];

    /// <summary>The service is not free: work waits for an accepted written quote (seed 004).</summary>
    public bool QuoteRequired { get; init; }

    /// <summary>How the clocks run while a quote waits for the client (the agreement's choice, at filing).</summary>
    public QuoteWait QuoteWait { get; init; }

    /// <summary>The agent the request is assigned to, if any.</summary>
    public string? Assignee { get; set; }

    /// <summary>
    /// A request just filed: every clock that starts at filing runs from <paramref name="now"/>, held by the provider.
    /// Whether work waits for an accepted quote (the service was not free) and how the clocks run while one waits (the
    /// agreement's choice) are fixed here, as the request was filed.
    /// </summary>
    public static ServiceRequest File(
        string id, string providerDepartmentId, string clientDepartmentId, string requester, IEnumerable<ClockTerms> terms,
        RequestCalendars calendars, DateTimeOffset now, bool quoteRequired = false, QuoteWait quoteWait = QuoteWait.PauseProvider)
    {
        var request = new ServiceRequest
        {
            Id = id,
            ProviderDepartmentId = providerDepartmentId,
            ClientDepartmentId = clientDepartmentId,
            Requester = requester,
            Status = RequestStatus.Submitted,
            UpdatedAt = now,
            Terms = [.. terms.GroupBy(t => t.Kind).Select(g => g.First()).OrderBy(t => t.Kind)],
            QuoteRequired = quoteRequired,
            QuoteWait = quoteWait,
        };

        foreach (var t in request.Terms.Where(t => ClockRules.StartsAtFiling(t.Kind)))
        {
            request.Clocks.Add(new RequestClock(
                t, providerDepartmentId, SlaClockState.Begin(t.Kind, t.TargetIn(calendars.For(t.Kind)), now, providerDepartmentId)));
        }

        return request;
    }

    /// <summary>
    /// The side <paramref name="viewer"/> acts on. Refused as <see cref="RequestRefusal.NotVisible"/> when they may not
    /// see the request, <see cref="RequestRefusal.Forbidden"/> when they may read it but act on neither side (an
    /// auditor).
    /// </summary>
    public RequestSide SideOf(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.CanSeeRequest(viewer, ProviderDepartmentId, ClientDepartmentId))
        {
            throw new RequestRefusedException(RequestRefusal.NotVisible, $"Request {Id} was not found.");
        }

        return AccessPolicy.SideIn(viewer, ProviderDepartmentId, ClientDepartmentId)
            ?? throw new RequestRefusedException(
                RequestRefusal.Forbidden,
                $"You may read {Id} but not act on it: it is worked by agents of '{ProviderDepartmentId}' and followed by '{ClientDepartmentId}'.");
    }

    /// <summary>The earlier action the same person sent with <paramref name="key"/>, if any.</summary>
    public RecentAction? Replayed(string? key, string by) =>
        key is null ? null : RecentActions.LastOrDefault(a => a.Key == key && string.Equals(a.By, by.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The actions the status allows now, less those the request's rules block, in the lifecycle's order.</summary>
    public IReadOnlyList<RequestAction> Allowed() => [.. RequestLifecycle.Allowed(Status).Where(a => Blocker(a) is null)];

    /// <summary>The actions <paramref name="side"/> may take now, in the lifecycle's order.</summary>
    public IReadOnlyList<RequestAction> AllowedFor(RequestSide? side) => AccessPolicy.ActionsFor(side, Allowed());

    /// <summary>
    /// Takes an action at <paramref name="now"/>: checks the side may take it and the status allows it, records the
    /// thresholds crossed before it (so a clock stopped late is breached, not met), applies its effect to every clock
    /// and moves the status.
    /// </summary>
    public RequestChange Act(RequestAct act, RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (!AccessPolicy.SideMay(act.Side, act.Action))
        {
            throw new RequestRefusedException(RequestRefusal.Forbidden, $"Only agents and managers of '{ProviderDepartmentId}' may {act.Action} {Id}.");
        }

        var before = Status;
        if (RequestLifecycle.Next(before, act.Action) is null)
        {
            throw new RequestRefusedException(
                RequestRefusal.Conflict,
                $"Request {Id} is {before}: {act.Action} is not possible now.",
                [.. Allowed().Select(a => a.ToString())]);
        }

        if (Blocker(act.Action) is { } blocked)
        {
            throw new RequestRefusedException(RequestRefusal.Conflict, blocked, [.. RequiredSteps()]);
        }

        var byProvider = act.Side == RequestSide.Provider && !string.Equals(act.By.Trim(), Requester, StringComparison.OrdinalIgnoreCase);
        var change = Transition(act.Action, byProvider, act.Reason, calendars, now);
        Remember(act.IdempotencyKey, act.By, act.Action);
        return change;
    }

    /// <summary>Remembers a keyed action, so its retry is answered instead of taken again.</summary>
    public void Remember(string? key, string by, RequestAction action, string? step = null)
    {
        if (key is null)
        {
            return;
        }

        if (RecentActions.Count >= RecentActionsKept)
        {
            RecentActions.RemoveRange(0, RecentActions.Count - RecentActionsKept + 1);
        }

        RecentActions.Add(new RecentAction(key, by.Trim(), action, step));
    }

    /// <summary>
    /// Moves the status by <paramref name="action"/> (already checked as allowed): records the thresholds crossed
    /// before it (so a clock stopped late is breached, not met), then applies its effect to every clock.
    /// </summary>
    private RequestChange Transition(RequestAction action, bool byProvider, PauseReason? reason, RequestCalendars calendars, DateTimeOffset now)
    {
        var before = Status;
        var after = RequestLifecycle.Next(before, action)
            ?? throw new RequestRefusedException(RequestRefusal.Conflict, $"Request {Id} is {before}: {action} is not possible now.");
        var crossings = RecordCrossings(calendars, now);
        var met = ApplyToClocks(action, byProvider, before, after, calendars, now);
        Status = after;
        PauseReason = after == RequestStatus.WaitingOnClient ? reason : null;
        UpdatedAt = now;
        return new RequestChange(action, before, after, crossings, met, PauseReason);
    }

    /// <summary>
    /// Records, on every clock, the thresholds it has reached by <paramref name="now"/> and not recorded yet, each at
    /// the instant it was reached; at risk before breached. Returns what it recorded, oldest first.
    /// </summary>
    public List<ClockCrossing> RecordCrossings(RequestCalendars calendars, DateTimeOffset now)
    {
        var crossings = new List<ClockCrossing>();
        foreach (var clock in Clocks)
        {
            var calendar = calendars.For(clock.Terms.Kind);
            var run = clock.Run;
            var (atRisk, breached) = run.RecordCrossings(calendar, now);
            if (!atRisk && !breached)
            {
                continue;
            }

            var dueAt = run.BreachedAt ?? ClockReading.BreachInstant(run.Spans.ToArray(), run.Target, calendar);
            if (atRisk)
            {
                crossings.Add(new ClockCrossing(run.Kind, false, run.AtRiskAt!.Value, dueAt ?? run.AtRiskAt.Value, clock.Holder));
            }

            if (breached)
            {
                crossings.Add(new ClockCrossing(run.Kind, true, run.BreachedAt!.Value, run.BreachedAt.Value, clock.Holder));
            }
        }

        crossings.Sort((a, b) => a.At.CompareTo(b.At));
        return crossings;
    }

    /// <summary>
    /// The deadlines still ahead of the running clocks: the warning threshold unless recorded (false), the target
    /// unless recorded (true). Paused and stopped clocks have none.
    /// </summary>
    public List<(ClockKind Clock, bool Breach, DateTimeOffset At)> Pending(RequestCalendars calendars, DateTimeOffset now)
    {
        var deadlines = new List<(ClockKind, bool, DateTimeOffset)>();
        foreach (var clock in Clocks.Where(c => c.Run.IsRunning && !c.Run.Stopped))
        {
            var reading = clock.Run.Evaluate(calendars.For(clock.Terms.Kind), now);
            if (clock.Run.AtRiskAt is null && reading.AtRiskAt is { } atRiskAt)
            {
                deadlines.Add((clock.Terms.Kind, false, atRiskAt));
            }

            if (clock.Run.BreachedAt is null && reading.DueAt is { } dueAt)
            {
                deadlines.Add((clock.Terms.Kind, true, dueAt));
            }
        }

        return [.. deadlines.OrderBy(d => d.Item3)];
    }

    /// <summary>Why <paramref name="action"/>, allowed by the lifecycle, cannot be taken now; null when it can.</summary>
    public string? Blocker(RequestAction action) => QuoteBlocker(action);

    // The steps that would lift the current blocker, named for the refusal.
    private IEnumerable<string> RequiredSteps() => CurrentQuote switch
    {
        { Status: QuoteStatus.AwaitingApproval } => ["DecideApproval"],
        { Status: QuoteStatus.Proposed } => ["AcceptQuote", "DeclineQuote"],
        _ => ["ProposeQuote"],
    };

    // What each clock does: provider clocks stop, pause or resume; a wait on the client starts a fresh client-response
    // clock. A clock that stops now within its target, other than by a cancel or close, is recorded as met.
    private List<ClockKind> ApplyToClocks(
        RequestAction action, bool byProvider, RequestStatus before, RequestStatus after, RequestCalendars calendars, DateTimeOffset now)
    {
        var met = new List<ClockKind>();
        foreach (var kind in Kinds)
        {
            var effect = ClockRules.Effect(kind, action, byProvider, before, after);
            var holder = ClockRules.IsHeldByClient(kind) ? ClientDepartmentId : ProviderDepartmentId;
            if (effect == ClockEffect.Start && ClockRules.StartsFresh(kind))
            {
                if (Terms.FirstOrDefault(t => t.Kind == kind) is { } terms)
                {
                    Clocks.Add(new RequestClock(terms, holder, SlaClockState.Begin(kind, terms.TargetIn(calendars.For(kind)), now, holder)));
                }

                continue;
            }

            if (effect == ClockEffect.None || Clocks.LastOrDefault(c => c.Terms.Kind == kind) is not { } clock)
            {
                continue;
            }

            var calendar = calendars.For(kind);
            var wasStopped = clock.Run.Stopped;
            if (!clock.Run.Apply(effect, now, holder))
            {
                continue;
            }

            if (!wasStopped && clock.Run.Stopped && action is not (RequestAction.Cancel or RequestAction.Close)
                && clock.Run.BreachedAt is null && clock.MetAt is null && !clock.Run.Evaluate(calendar, now).IsBreached)
            {
                clock.MetAt = now;
                met.Add(kind);
            }
        }

        return met;
    }
}
