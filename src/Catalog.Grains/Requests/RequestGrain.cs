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
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// One request: its lifecycle, history and SLA clocks. Every change is stored first, with the SLA outcomes it
/// produced; then the request index gets the request's row, the provider's SLA monitor its pending deadlines, the
/// SLA counters the outcomes and the live stream the events (numbered one by one), each independently of the
/// others. If one cannot be reached, a timer keeps retrying it while the grain is active; the change itself stands.
/// Outcomes not yet counted are replayed on the next activation (the counters ignore repeats); an event lost with a
/// silo is made good by the pages' fresh snapshots. Clocks count in business time of the provider's calendar
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

    // A publish that hangs (its stream queue on a silo being lost) must not hold the counting and the next actions.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    // Stored, not yet passed on: replayed in order by SyncAsync until they go through.
    private readonly Queue<IRequestEvent> unpublished = new();
    private bool indexStale;

    // Outcomes counted since the last write: the stored UncountedOutcomes still lists them until the next write.
    private bool countedSinceWrite;

    // The in-memory state holds a change that was not stored: nothing more is passed on or written from it.
    private bool discarded;
    private IGrainTimer? syncRetry;
    private RequestCalendars? calendars;
    private AuditOutbox? outbox;

    private RequestState Request => state.State;

    private string Id => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Outbox.TryStoreAsync();
        if (Request.UncountedOutcomes.Length > 0)
        {
            // Stored by an activation that was lost before counting them.
            ScheduleSync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Best effort: the stored list would only be replayed, and the counters ignore repeats.
        if (countedSinceWrite && !discarded && Request.Exists)
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception exception)
            {
                LogTidyFailed(logger, exception, Id);
            }
        }
    }

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
            Discard();
            throw;
        }

        var view = View(calendarsNow, now);
        var summary = RequestSummaries.From(Request, view.Clocks);
        var filed = new RequestFiled(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, summary);
        Outbox.Add(AuditEntityTypes.Request, Id, AuditActions.Filed, RequestChanges.OfFiling(Request));
        var outcomes = Count([new SlaOutcome(Id, Request.ClientDepartmentId, SlaOutcomeKind.Filed, null, now)]);
        await WriteAsync();

        // Stored in the trail while the change is passed on.
        var recorded = Outbox.StoreAsync();
        Pass([filed], outcomes);
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
            Discard();
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
        var outcomes = Count(crossings.Select(Outcome).Concat(met.Select(kind => Outcome(SlaOutcomeKind.Met, kind, now))));
        await WriteAsync();

        var recorded = Outbox.StoreAsync();
        Pass(events, outcomes);
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
            Discard();
            throw;
        }

        if (crossings.Count > 0)
        {
            Request.UpdatedAt = now;
            var summary = RequestSummaries.From(Request, RequestClocks.Views(Request, calendarsNow, now));
            var events = CrossingEvents(crossings, summary);
            var outcomes = Count(crossings.Select(Outcome));
            await WriteAsync();
            Pass(events, outcomes);
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

    // Adds the outcomes of a change to the state before it is written, so they are stored with it.
    private List<SlaOutcome> Count(IEnumerable<SlaOutcome> outcomes)
    {
        var added = outcomes.ToList();
        Request.UncountedOutcomes = [.. Request.UncountedOutcomes, .. added];
        return added;
    }

    // After the write: the events wait to be published, and the stored outcomes are measured.
    private void Pass(IEnumerable<IRequestEvent> events, IEnumerable<SlaOutcome> stored)
    {
        foreach (var e in events)
        {
            unpublished.Enqueue(e);
        }

        foreach (var o in stored)
        {
            CatalogMetrics.SlaOutcomeStored(Request.ProviderDepartmentId, o);
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
            // Not deactivated at once: calls to an unknown id arriving together would be forwarded, then rejected.
            // An empty activation is small and idle collection takes it.
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
            Discard();
            throw;
        }

        indexStale = true;
        countedSinceWrite = false;
    }

    /// <summary>
    /// Passes the stored state on: the index row and the monitor's deadlines, the outcomes to the counters, the
    /// events to the live stream (in order). Each part goes on even if another fails; what failed is retried on a
    /// timer.
    /// </summary>
    private async Task SyncAsync()
    {
        if (discarded)
        {
            return;
        }

        var failures = new List<Exception>(3);
        await TryAsync(failures, SyncIndexAsync);
        await TryAsync(failures, CountAsync);
        await TryAsync(failures, PublishAsync);
        if (failures.Count == 0)
        {
            syncRetry?.Dispose();
            syncRetry = null;
            return;
        }

        LogSyncFailed(logger, new AggregateException(failures), Id, unpublished.Count, Request.UncountedOutcomes.Length);
        ScheduleSync();
    }

    // The in-memory state is not what is stored: nothing of it may be written, not even at deactivation.
    private void Discard()
    {
        discarded = true;
        DeactivateOnIdle();
    }

    private void ScheduleSync() =>
        syncRetry ??= this.RegisterGrainTimer(
            _ => SyncAsync(),
            new GrainTimerCreationOptions { DueTime = SyncRetry, Period = SyncRetry, KeepAlive = true });

    private static async Task TryAsync(List<Exception> failures, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception exception)
        {
            failures.Add(exception);
        }
    }

    private async Task SyncIndexAsync()
    {
        if (!indexStale)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();
        var summary = RequestSummaries.From(Request, RequestClocks.Views(Request, calendarsNow, now));
        var deadlines = RequestClocks.Pending(Request, calendarsNow, now);
        await index.UpsertAsync(summary, deadlines);
        await GrainFactory.GetSlaMonitor(Request.ProviderDepartmentId).TrackAsync(Id, deadlines);
        indexStale = false;
    }

    private async Task CountAsync()
    {
        while (Request.UncountedOutcomes is [var next, ..])
        {
            await GrainFactory.GetSlaCounters(Request.ProviderDepartmentId).RecordAsync(next);
            Request.UncountedOutcomes = Request.UncountedOutcomes[1..];
            countedSinceWrite = true;
        }
    }

    private async Task PublishAsync()
    {
        while (unpublished.TryPeek(out var next))
        {
            await publisher.PublishAsync(next).WaitAsync(PublishTimeout);
            unpublished.Dequeue();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} could not store that its outcomes were counted; they are replayed and ignored")]
    private static partial void LogTidyFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} is stored but its index row, deadlines, {Events} events or {Outcomes} outcomes were not passed on; retrying")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string requestId, int events, int outcomes);
}
