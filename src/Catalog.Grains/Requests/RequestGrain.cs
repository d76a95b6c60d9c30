using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Errors;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// One request: its lifecycle, history and SLA clocks. Every change is stored first; then the request index gets
/// the request's row, the provider's SLA monitor its pending deadlines, the live stream the events (numbered one by
/// one) and the SLA counters the outcomes. If any of those cannot be reached, a timer keeps retrying them, in order,
/// while the grain is active; the change itself stands. Clocks count in business time of the provider's calendar
/// (the client-response clock: the client department's), loaded once per activation. Filing and every action are
/// recorded in the audit trail: the entry is stored with the change (<see cref="AuditOutbox"/>), then in the trail, and
/// a call completes once it is there; the SLA thresholds it marks are not recorded.
/// </summary>
[GrainType(RequestGrainTypes.Request)]
public sealed partial class RequestGrain(
    [PersistentState(RequestGrainTypes.RequestState, StorageNames.Catalog)] IPersistentState<RequestState> state,
    CatalogClock clock,
    BusinessCalendarCache calendarCache,
    IRequestIndex index,
    IRequestEventPublisher publisher,
    IAuditRecorder audit,
    ILogger<RequestGrain> logger) : Grain, IRequestGrain
{
    private static readonly TimeSpan SyncRetry = TimeSpan.FromSeconds(5);

    // Stored, not yet passed on: replayed in order by SyncAsync until they go through.
    private readonly Queue<IRequestEvent> unpublished = new();
    private readonly Queue<SlaOutcome> uncounted = new();
    private bool indexStale;
    private IGrainTimer? syncRetry;
    private RequestCalendars? calendars;
    private AuditOutbox? outbox;

    private RequestState Request => state.State;

    private string Id => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task<RequestView> FileAsync(RequestFiling filing)
    {
        if (Request.Exists)
        {
            // A retried filing: its entry may still wait to be stored.
            await Outbox.StoreAsync();
            return await ViewAsync();
        }

        var now = clock.GetUtcNow();
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
        Request.Status = RequestStatus.Submitted;
        Request.FiledAt = now;
        Request.UpdatedAt = now;
        Request.AgreementId = filing.Clocks.AgreementId;
        Request.AgreementVersion = filing.Clocks.AgreementVersion;
        Request.Policies = [.. filing.Clocks.Clocks];
        Request.Clocks = RequestClocks.AtFiling(Request.Policies, Request.ProviderDepartmentId, now);

        RequestCalendars calendarsNow;
        try
        {
            calendarsNow = await CalendarsAsync();
        }
        catch (Exception)
        {
            // Nothing is stored: forget the half-built state with the activation.
            state.State = new RequestState();
            DeactivateOnIdle();
            throw;
        }

        var view = View(calendarsNow, now);
        var summary = RequestSummaries.From(Request, view.Clocks);
        var filed = new RequestFiled(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, summary);
        Outbox.Add(AuditEntityTypes.Request, Id, AuditActions.Filed, RequestChanges.OfFiling(Request));
        await WriteAsync();

        // Stored in the trail while the change is passed on.
        var recorded = Outbox.StoreAsync();
        unpublished.Enqueue(filed);
        uncounted.Enqueue(new SlaOutcome(Id, Request.ClientDepartmentId, SlaOutcomeKind.Filed, null, now));
        await SyncAsync();
        await recorded;
        return view;
    }

    public Task<RequestView> GetAsync()
    {
        EnsureExists();
        return ViewAsync();
    }

    public Task<RequestView> ActAsAsync(Viewer viewer, RequestCommand command)
    {
        EnsureExists();
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(command);
        var (provider, client) = (Request.ProviderDepartmentId, Request.ClientDepartmentId);
        if (!AccessPolicy.CanSeeRequest(viewer, provider, client))
        {
            throw new CatalogNotFoundException("request", Id);
        }

        var side = AccessPolicy.SideIn(viewer, provider, client)
            ?? throw new CatalogForbiddenException($"You may read {Id} but not act on it: it is worked by agents of '{provider}' and followed by '{client}'.");
        if (!AccessPolicy.SideMay(side, command.Action))
        {
            throw new CatalogForbiddenException($"Only agents and managers of '{provider}' may {command.Action} {Id}.");
        }

        return ActAsync(command with { By = viewer.UserId, ByClient = side == RequestSide.Client });
    }

    public async Task<RequestView> ActAsync(RequestCommand command)
    {
        EnsureExists();
        ArgumentNullException.ThrowIfNull(command);
        if (Replayed(command) is { } done)
        {
            // A retry of an action already taken (its answer was lost): the request as it stands, nothing done twice.
            return done.Action == command.Action
                ? await ViewAsync()
                : throw new CatalogConflictException(
                    $"The Idempotency-Key '{done.Key}' was already used for {done.Action} on {Id}: send a new key for another action.", []);
        }

        var before = Request.Status;
        if (RequestLifecycle.Next(before, command.Action) is not { } after)
        {
            throw new CatalogConflictException(
                $"Request {Id} is {before}: {command.Action} is not possible now.",
                RequestLifecycle.Allowed(before).Select(a => a.ToString()).ToArray());
        }

        RequestCommandValidator.EnsureValid(command);
        var now = clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();

        var by = command.By.Trim();
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        var reason = command.Action == RequestAction.WaitOnClient ? command.Reason : null;
        var transition = new TransitionRecord(command.Action, before, after, now, by, reason, comment);
        var byProvider = !command.ByClient && !string.Equals(by, Request.Requester, StringComparison.OrdinalIgnoreCase);
        List<RequestClockCrossing> crossings;
        List<ClockKind> met;
        try
        {
            // Thresholds crossed before this action count first, so a clock stopped late is breached, not met.
            crossings = RequestClocks.RecordCrossings(Request, calendarsNow, now);
            met = RequestClocks.Apply(Request, command.Action, byProvider, before, after, calendarsNow, now);
        }
        catch (Exception)
        {
            // Half-changed in memory, nothing stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        Request.History = [.. Request.History, transition];
        if (command.IdempotencyKey is { } key)
        {
            Request.RecentActions = [.. Request.RecentActions.TakeLast(RequestState.RecentActionsKept - 1), new RequestState.RecentAction(key, by, command.Action)];
        }
        if (comment is not null)
        {
            Request.Comments = [.. Request.Comments, new RequestState.Comment(now, by, comment)];
        }

        Request.Status = after;
        Request.PauseReason = after == RequestStatus.WaitingOnClient ? reason : null;
        Request.UpdatedAt = now;

        var view = View(calendarsNow, now);
        var summary = RequestSummaries.From(Request, view.Clocks);
        var events = CrossingEvents(crossings, summary);
        events.Add(new RequestTransitioned(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, transition, summary));
        Outbox.Add(AuditEntityTypes.Request, Id, command.Action.ToString(), RequestChanges.Of(transition));
        await WriteAsync();

        var recorded = Outbox.StoreAsync();
        Pass(events, crossings.Select(Outcome).Concat(met.Select(kind => Outcome(SlaOutcomeKind.Met, kind, now))));
        await SyncAsync();
        await recorded;
        return view;
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
        List<RequestClockCrossing> crossings;
        try
        {
            crossings = RequestClocks.RecordCrossings(Request, calendarsNow, now);
        }
        catch (Exception)
        {
            // Half-recorded in memory, nothing stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        if (crossings.Count > 0)
        {
            Request.UpdatedAt = now;
            var summary = RequestSummaries.From(Request, RequestClocks.Views(Request, calendarsNow, now));
            var events = CrossingEvents(crossings, summary);
            await WriteAsync();
            Pass(events, crossings.Select(Outcome));
        }

        // Even with nothing new, the monitor gets the deadlines still ahead: it may have called early.
        indexStale = true;
        await SyncAsync();

        // Entries an earlier call failed to store: the monitor's call records nothing of its own to fail with them.
        await Outbox.TryStoreAsync();
    }

    /// <summary>The events of the thresholds just recorded, numbered on from the request's last event.</summary>
    private List<IRequestEvent> CrossingEvents(IEnumerable<RequestClockCrossing> crossings, RequestSummary summary) =>
        crossings.Select(c => c.ToEvent(Request, ++Request.Sequence, summary)).ToList();

    private SlaOutcome Outcome(RequestClockCrossing crossing) => crossing.ToOutcome(Request);

    private SlaOutcome Outcome(SlaOutcomeKind kind, ClockKind clockKind, DateTimeOffset at) =>
        new(Id, Request.ClientDepartmentId, kind, clockKind, at);

    private void Pass(IEnumerable<IRequestEvent> events, IEnumerable<SlaOutcome> outcomes)
    {
        foreach (var e in events)
        {
            unpublished.Enqueue(e);
        }

        foreach (var o in outcomes)
        {
            uncounted.Enqueue(o);
        }
    }

    private async Task<RequestView> ViewAsync()
    {
        var calendarsNow = await CalendarsAsync();
        return View(calendarsNow, clock.GetUtcNow());
    }

    private RequestView View(RequestCalendars calendarsNow, DateTimeOffset now) =>
        RequestSummaries.View(Request, RequestClocks.Views(Request, calendarsNow, now), now);

    /// <summary>The provider's and the client's calendars, fetched once per activation.</summary>
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

    /// <summary>The earlier action the same person sent with the command's idempotency key, if any.</summary>
    private RequestState.RecentAction? Replayed(RequestCommand command) =>
        command.IdempotencyKey is { } key
            ? Request.RecentActions.LastOrDefault(a => a.Key == key && string.Equals(a.By, command.By.Trim(), StringComparison.OrdinalIgnoreCase))
            : null;

    private void EnsureExists()
    {
        if (!Request.Exists)
        {
            DeactivateOnIdle();
            throw new CatalogNotFoundException("request", Id);
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        indexStale = true;
    }

    /// <summary>
    /// Passes the stored state on, in order: the index row and the monitor's deadlines, then the events, then the
    /// counters. Stops at the first failure and retries from there on a timer.
    /// </summary>
    private async Task SyncAsync()
    {
        try
        {
            if (indexStale)
            {
                var now = clock.GetUtcNow();
                var calendarsNow = await CalendarsAsync();
                var summary = RequestSummaries.From(Request, RequestClocks.Views(Request, calendarsNow, now));
                var deadlines = RequestClocks.Pending(Request, calendarsNow, now);
                await index.UpsertAsync(summary, deadlines);
                await GrainFactory.GetSlaMonitor(Request.ProviderDepartmentId).TrackAsync(Id, deadlines);
                indexStale = false;
            }

            while (unpublished.TryPeek(out var next))
            {
                await publisher.PublishAsync(next);
                unpublished.Dequeue();
            }

            while (uncounted.TryPeek(out var next))
            {
                await GrainFactory.GetSlaCounters(Request.ProviderDepartmentId).RecordAsync(next);
                uncounted.Dequeue();
            }

            syncRetry?.Dispose();
            syncRetry = null;
        }
        catch (Exception exception)
        {
            LogSyncFailed(logger, exception, Id, unpublished.Count, uncounted.Count);
            syncRetry ??= this.RegisterGrainTimer(
                _ => SyncAsync(),
                new GrainTimerCreationOptions { DueTime = SyncRetry, Period = SyncRetry, KeepAlive = true });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} is stored but its index row, deadlines, {Events} events or {Outcomes} outcomes were not passed on; retrying")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string requestId, int events, int outcomes);
}
