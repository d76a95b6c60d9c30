using Catalog.Approvals;
using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.History;
using Catalog.Grains.Scorecards;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// One request. The grain orchestrates; its rules decide (<see cref="ServiceRequest"/>, loaded from the stored state
/// for each change and stored back). Every change is stored first, with the SLA outcomes it produced and its audit
/// entry (<see cref="AuditOutbox"/>); then <see cref="RequestFanOut"/> passes it on, all parts side by side, to the
/// index and facts rows (group-committed), the provider's monitor and counters (which store behind) and the live
/// stream, and the call completes once the rows and the audit entry are stored (docs/requests-write-path.md). Clocks
/// count in business time of the provider's calendar (the client-response clock: the client department's), loaded
/// once per activation.
/// </summary>
[GrainType(RequestGrainTypes.Request)]
public sealed partial class RequestGrain(
    [PersistentState(RequestGrainTypes.RequestState, StorageNames.Requests)] IPersistentState<RequestState> state,
    CatalogClock clock,
    BusinessCalendarCache calendarCache,
    IRequestIndex index,
    IRequestFactsStore facts,
    IRequestEventPublisher publisher,
    IAuditRecorder audit,
    ILogger<RequestGrain> logger) : Grain, IRequestGrain, IRequestHistoryGrain
{
    private static readonly TimeSpan SyncRetry = TimeSpan.FromSeconds(5);

    // How long a deactivation waits for the counters to confirm what they hold before its tidy write.
    private static readonly TimeSpan TidyWait = TimeSpan.FromSeconds(2);

    // The in-memory state holds a change that was not stored: nothing more is passed on or written from it.
    private bool discarded;
    private RequestCalendars? calendars;

    // Only while something is being passed on: an idle activation (most of them, most of the time) lets it go, and
    // keeps only whether its end owes the stored state a tidy write.
    private RequestFanOut? fanOut;
    private bool needsTidyWrite;

    private RequestState Request => state.State;

    private string Id => this.GetPrimaryKeyString();

    // Not kept: it holds nothing between calls (the entries wait in the state), so an idle activation holds no outbox.
    private AuditOutbox Outbox => new(() => state.State, audit, logger);

    private RequestFanOut FanOut => fanOut ??= new RequestFanOut(
        () => state.State, GrainFactory, index, facts, publisher, SnapshotAsync,
        sync => this.RegisterGrainTimer(_ => discarded ? Task.CompletedTask : sync(), new GrainTimerCreationOptions { DueTime = SyncRetry, Period = SyncRetry, KeepAlive = true }),
        ReleaseFanOut,
        logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The ids, names and terms it shares with other requests are kept once for the silo, not once per request.
        if (Request.Exists)
        {
            RequestStateSharing.Share(Request);
        }

        // A state stored tidy (the usual case) costs nothing here: no write, no replay.
        if (!Request.Exists || !HasLeftovers())
        {
            return;
        }

        // Stored by an activation that was lost before passing everything on: replayed now (the trail, the index,
        // the counters and the survey all take a repeat as done), and tidied when this activation ends.
        if (Request.DerivedStale)
        {
            FanOut.Refresh();
        }

        // The activation replayed leftovers of its stored state: its end tidies them.
        needsTidyWrite = true;
        await Outbox.TryStoreAsync();
        await SyncAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // One write per activation that wrote, off every caller's path: the stored state drops what was passed on
        // since (audit entries, counted outcomes, the stale mark), so the next activation has nothing to replay and
        // costs no write. Best effort: if it fails, the next activation replays, and every part ignores repeats.
        if (!(needsTidyWrite || fanOut is { NeedsTidyWrite: true }) || discarded || !Request.Exists)
        {
            return;
        }

        if (fanOut is { } pending)
        {
            await pending.SettleAsync(TidyWait);
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            LogTidyFailed(logger, exception, Id);
        }
    }

    // What a stored state may still have to pass on.
    private bool HasLeftovers() =>
        Request.DerivedStale || Request.PendingAudit.Length > 0 || Request.UncountedOutcomes.Length > 0
        || Request.FormerProviders.Length > 0 || Request.PendingSurveyOffer is not null;

    public Task<RequestView> FileAsync(RequestFiling filing) => FileAsync(filing, clock.GetUtcNow(), audited: true);

    public Task<RequestView> FileAtAsync(RequestFiling filing, DateTimeOffset at) => FileAsync(filing, at, audited: false);

    public Task<RequestView> StepAtAsync(HistoryStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            { Command: { } command } => ActAsAsync(step.Actor, command, step.At),
            { Quote: { } quote } => ProposeQuoteAsync(step.Actor, quote, step.At),
            { Answer: { } answer } => AnswerQuoteAsync(step.Actor, answer, step.At),
            { Ask: { } ask } => AskAccommodationAsync(step.Actor, ask, step.At),
            { Decision: { } decision } => DecideApprovalAsync(step.Actor, decision, step.At),
            { Transfer: { } transfer } => TransferAsync(step.Actor, transfer, step.At),
            _ => throw new ArgumentException("A history step names one thing to do.", nameof(step)),
        };
    }

    private async Task<RequestView> FileAsync(RequestFiling filing, DateTimeOffset now, bool audited)
    {
        if (Request.Exists)
        {
            // A retried filing: its entry may still wait to be stored.
            await Outbox.StoreAsync();
            return await ViewAsync();
        }

        var (request, service) = (filing.Request, filing.Service);
        Request.Id = Id;
        Request.ServiceId = service.Id;
        Request.ServiceVersion = service.Version;
        Request.ServiceName = service.Name;
        Request.ProviderDepartmentId = service.DepartmentId;
        Request.ClientDepartmentId = request.ClientDepartmentId;
        Request.Requester = request.Requester.Trim();
        Request.Title = request.Title.Trim();
        Request.Answers = new Dictionary<string, string>(request.Answers ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        Request.FiledAt = now;
        Request.AgreementId = filing.Clocks.AgreementId;
        Request.AgreementVersion = filing.Clocks.AgreementVersion;
        Request.Policies = [.. filing.Clocks.Clocks];
        Request.QuoteWait = filing.Clocks.QuoteWait;
        Request.QuoteRequired = service.Cost is { Amount: > 0 } cost && cost.Unit != CostUnit.Free;
        Request.FilingKey = request.IdempotencyKey is { } filingKey ? RequestIntakeKeys.For(request.ClientDepartmentId, filingKey) : null;

        RequestCalendars calendarsNow;
        try
        {
            calendarsNow = await CalendarsAsync();
        }
        catch (Exception)
        {
            // Nothing is stored: forget the half-built state with the activation.
            state.State = new RequestState();
            Discard();
            throw;
        }

        var filed = ServiceRequest.File(
            Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, Request.Requester,
            Request.Policies.Select(RequestStateMapping.Terms), calendarsNow, now, Request.QuoteRequired, Request.QuoteWait);
        RequestStateMapping.Store(filed, Request);
        RequestStateSharing.Share(Request);
        await PromiseAtFilingAsync(audited);
        var view = View(calendarsNow, now);
        var summary = RequestSummaries.From(Request, view.Clocks);
        var filedEvent = new RequestFiled(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, summary);
        if (audited)
        {
            Outbox.Add(AuditEntityTypes.Request, Id, AuditActions.Filed, RequestChanges.OfFiling(Request));
        }

        var outcomes = FanOut.Count([new SlaOutcome(Id, Request.ClientDepartmentId, SlaOutcomeKind.Filed, null, now)]);
        await WriteAsync();
        return await PassOnAsync([filedEvent], outcomes, view);
    }

    public Task<RequestView> GetAsync()
    {
        EnsureExists();
        return ViewAsync();
    }

    public Task<RequestView> ActAsAsync(Viewer viewer, RequestCommand command) => ActAsAsync(viewer, command, null);

    private Task<RequestView> ActAsAsync(Viewer viewer, RequestCommand command, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(command);
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        return ChangeAsync(viewer, at, command.IdempotencyKey, step: null, command.Action, (request, side, by, c, now) =>
            {
                // Checked once the person may see the request: an outsider learns nothing from a malformed command.
                RequestCommandValidator.EnsureValid(command with { By = by });
                var reason = command.Action == RequestAction.WaitOnClient ? command.Reason : null;
                var change = request.Act(new RequestAct(command.Action, by, side, reason, comment, command.IdempotencyKey), c, now);
                return Task.FromResult(new StepResult([change], comment, ChangeIsComment: comment is not null));
            });
    }

    public async Task CheckDeadlinesAsync()
    {
        if (!Request.Exists)
        {
            DeactivateOnIdle();
            return;
        }

        var now = clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();
        var request = RequestStateMapping.ToDomain(Request, calendarsNow);
        var crossings = request.RecordCrossings(calendarsNow, now);
        if (crossings.Count > 0)
        {
            request.UpdatedAt = now;
            RequestStateMapping.Store(request, Request);
            var summary = RequestSummaries.From(Request, RequestClocks.Views(Request, calendarsNow, now));
            var events = CrossingEvents(crossings, summary);
            var outcomes = FanOut.Count(crossings.Select(Outcome));
            await WriteAsync();
            FanOut.Pass(events, outcomes);
        }

        // Even with nothing new, the monitor gets the deadlines still ahead (it may have called early): no write.
        FanOut.RefreshMonitor();
        await SyncAsync();

        // Entries an earlier call failed to store: the monitor's call records nothing of its own to fail with them.
        await Outbox.TryStoreAsync();
    }

    /// <summary>
    /// One change as <paramref name="viewer"/>: loads the rules, finds the viewer's side, answers a retry of the same
    /// keyed step with the request as it stands, applies the step, records it in the history and the audit trail,
    /// stores it with its SLA outcomes and passes it on.
    /// </summary>
    /// <remarks>
    /// <paramref name="at"/> replays a step of a history at its own instant (the demo's past weeks); such steps are
    /// not in the audit trail, which records what people did in Catalog.
    /// </remarks>
    private async Task<RequestView> ChangeAsync(
        Viewer viewer, DateTimeOffset? at, string? key, string? step, RequestAction recordedAs,
        Func<ServiceRequest, RequestSide, string, RequestCalendars, DateTimeOffset, Task<StepResult>> apply)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        EnsureExists();
        var now = at ?? clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();
        var request = RequestStateMapping.ToDomain(Request, calendarsNow);
        var by = viewer.UserId.Trim();
        StepResult result;
        try
        {
            var side = request.SideOf(viewer);
            if (request.Replayed(key, by) is { } done)
            {
                // A retry of a step already taken (its answer was lost): the request as it stands, nothing done twice.
                var what = step ?? recordedAs.ToString();
                return done.What == what
                    ? View(calendarsNow, now)
                    : throw new CatalogConflictException(
                        $"The Idempotency-Key '{done.Key}' was already used for {done.What} on {Id}: send a new key for another step.", []);
            }

            result = await apply(request, side, by, calendarsNow, now);
        }
        catch (RequestRefusedException refusal)
        {
            throw RequestRefusals.ToCatalog(refusal, Id);
        }

        if (step is not null)
        {
            request.Remember(key, by, recordedAs, step);
        }

        var formerProvider = Request.ProviderDepartmentId;
        var history = History(result, step, by, now);
        RequestStateMapping.Store(request, Request);
        if (formerProvider != Request.ProviderDepartmentId)
        {
            // Transferred: the clocks now count in the new department's calendar, and its old queue lets go.
            Request.FormerProviders = [.. Request.FormerProviders, formerProvider];
            calendars = null;
            calendarsNow = await CalendarsAsync();
        }

        Request.History = [.. Request.History, .. history];
        if (result.Changes.Any(c => c.Action == RequestAction.Resolve))
        {
            // Its client gets a short survey (the survey decides whether, once per request and person's week).
            Request.PendingSurveyOffer = new Catalog.Surveys.SurveyOffer(
                Id, Request.ServiceId, Request.ServiceName, Request.ProviderDepartmentId, Request.ClientDepartmentId, Request.Requester,
                by, now, Request.Title);
        }

        if (result.ChangeIsComment && result.Note is { } comment)
        {
            Request.Comments = [.. Request.Comments, new RequestState.Comment(now, by, comment)];
        }

        RequestStateSharing.Share(Request);

        var view = View(calendarsNow, now);
        var summary = RequestSummaries.From(Request, view.Clocks);
        var crossings = result.Changes.SelectMany(c => c.Crossings).OrderBy(c => c.At).ToList();
        var events = CrossingEvents(crossings, summary);
        foreach (var record in history)
        {
            events.Add(new RequestTransitioned(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, record, summary));
            if (at is null)
            {
                Outbox.Add(AuditEntityTypes.Request, Id, record.Step ?? record.Action.ToString(), RequestChanges.Of(record));
            }
        }

        var met = result.Changes.SelectMany(c => c.Met).Select(kind => new SlaOutcome(Id, Request.ClientDepartmentId, SlaOutcomeKind.Met, kind, now));
        var outcomes = FanOut.Count(crossings.Select(Outcome).Concat(met));
        await WriteAsync();
        return await PassOnAsync(events, outcomes, view);
    }

    // The history a step leaves: each status change it caused, or one note when it changed no status.
    private List<TransitionRecord> History(StepResult result, string? step, string by, DateTimeOffset now)
    {
        if (result.Changes.Count == 0)
        {
            return step is null ? [] : [new TransitionRecord(RequestAction.Comment, Request.Status, Request.Status, now, by, null, result.Note, step)];
        }

        return [.. result.Changes.Select((c, i) => new TransitionRecord(
            c.Action, c.From, c.To, now, by,
            c.PauseReason,
            i == result.Changes.Count - 1 ? result.Note : null,
            step))];
    }

    private async Task<RequestView> PassOnAsync(List<IRequestEvent> events, List<SlaOutcome> outcomes, RequestView view)
    {
        // Stored in the trail while the change is passed on.
        var recorded = Outbox.StoreAsync();
        FanOut.Pass(events, outcomes);
        await SyncAsync();
        await recorded;
        return view;
    }

    /// <summary>The events of the thresholds just recorded, numbered on from the request's last event.</summary>
    private List<IRequestEvent> CrossingEvents(IEnumerable<ClockCrossing> crossings, RequestSummary summary) =>
        crossings.Select(c => RequestClockCrossing.Of(c).ToEvent(Request, ++Request.Sequence, summary)).ToList();

    private SlaOutcome Outcome(ClockCrossing crossing) => RequestClockCrossing.Of(crossing).ToOutcome(Request);

    private async Task<(RequestSummary, SlaDeadline[], Catalog.Scorecards.RequestFacts)> SnapshotAsync()
    {
        var now = clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();
        var clocks = RequestClocks.Views(Request, calendarsNow, now);
        var summary = RequestSummaries.From(Request, clocks);
        var deadlines = RequestStateMapping.ToDomain(Request, calendarsNow).Pending(calendarsNow, now).Select(RequestStateMapping.Deadline).ToArray();
        return (summary, deadlines, RequestFactsMapping.Of(Request, clocks));
    }

    private async Task<RequestView> ViewAsync()
    {
        var calendarsNow = await CalendarsAsync();
        return View(calendarsNow, clock.GetUtcNow());
    }

    private RequestView View(RequestCalendars calendarsNow, DateTimeOffset now) =>
        RequestSummaries.View(Request, RequestClocks.Views(Request, calendarsNow, now), RequestStateMapping.ToDomain(Request, calendarsNow), now);

    /// <summary>The provider's and the client's calendars, fetched once per activation (again after a transfer).</summary>
    private async Task<RequestCalendars> CalendarsAsync()
    {
        if (calendars is null)
        {
            var provider = GrainFactory.GetCalendar(Request.ProviderDepartmentId).GetAsync();
            var client = Request.ClientDepartmentId == Request.ProviderDepartmentId
                ? provider
                : GrainFactory.GetCalendar(Request.ClientDepartmentId).GetAsync();
            calendars = new RequestCalendars(calendarCache.Get(await provider), calendarCache.Get(await client));
        }

        return calendars;
    }

    private void EnsureExists()
    {
        if (!Request.Exists)
        {
            // Not deactivated at once: calls to an unknown id arriving together would be forwarded, then rejected.
            // An empty activation is small and idle collection takes it.
            throw new CatalogNotFoundException("request", Id);
        }
    }

    private async Task WriteAsync()
    {
        // Stored with the change: until its rows are written, the next activation knows they may be behind.
        Request.DerivedStale = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            Discard();
            throw;
        }

        FanOut.Written();
    }

    private Task SyncAsync() => discarded ? Task.CompletedTask : FanOut.SyncAsync();

    // Called by the fan-out once everything is passed on and nothing is retried or awaited: dropped with its queue,
    // set and delegates; the next change makes a new one.
    private void ReleaseFanOut()
    {
        if (fanOut is { IsIdle: true } idle)
        {
            needsTidyWrite |= idle.NeedsTidyWrite;
            fanOut = null;
        }
    }

    // The in-memory state is not what is stored: nothing of it may be written, not even at deactivation.
    private void Discard()
    {
        discarded = true;
        DeactivateOnIdle();
    }

    /// <summary>What a step did: the status changes it caused, and what the history says of it.</summary>
    private sealed record StepResult(List<RequestChange> Changes, string? Note, bool ChangeIsComment = false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} could not store that its audit entries, rows and outcomes were passed on; the next activation replays them and each part ignores repeats")]
    private static partial void LogTidyFailed(ILogger logger, Exception exception, string requestId);
}
