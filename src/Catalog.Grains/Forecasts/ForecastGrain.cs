using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Forecasts;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Forecasts;
using Catalog.Grains.Hosting;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Sla;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Forecasts;

/// <summary>
/// A provider's forecasts. It learns from the stored request facts (<see cref="FactsHistory"/>, relearnt every
/// <see cref="ForecastOptions.ModelLifetime"/>) and reads the live queue from the request index on each call, so a
/// promise or a probability always reflects the queue as it stands. A timer re-reads the queue every
/// <see cref="ForecastOptions.RefreshPeriod"/> and asks each request whose probability crossed the threshold to
/// raise its live event (the request raises it once per clock). The models are <see cref="ForecastModel"/>: the
/// same code the bench's replay measures.
/// </summary>
[GrainType(ForecastGrainTypes.Forecast)]
internal sealed partial class ForecastGrain(
    [PersistentState(ForecastGrainTypes.ForecastState, StorageNames.Catalog)] IPersistentState<ForecastState> state,
    CatalogClock clock,
    BusinessCalendarCache calendarCache,
    IOptions<ForecastOptions> options,
    ILogger<ForecastGrain> logger) : Grain, IForecastGrain
{
    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingOnClient];

    private static readonly ClockKind[] ProviderClocks = [ClockKind.Acknowledgement, ClockKind.FirstAnswer, ClockKind.Resolution];

    private static readonly TimeSpan PromisesKept = TimeSpan.FromDays(400);

    private const long MissingRetryMs = 250;

    private readonly HashSet<(string, ClockKind)> raised = [];
    private readonly Dictionary<string, BusinessCalendar> clientCalendars = new(StringComparer.Ordinal);
    private Learnt? learnt;
    private long learntTicks;
    private bool promisesChanged;

    private string ProviderId => this.GetPrimaryKeyString();

    private ForecastOptions Options => options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
        {
            DueTime = Options.RefreshPeriod,
            Period = Options.RefreshPeriod,
            KeepAlive = true,
        });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (promisesChanged)
        {
            await StorePromisesAsync();
        }
    }

    public async Task<PromiseView?> PromiseAsync(string serviceId, string clientDepartmentId)
    {
        var now = clock.GetUtcNow();
        var (known, queue) = await CurrentAsync(now);
        var model = known.Models[ClockKind.Resolution];
        if (model.Turnaround(0.5, serviceId, queue.Count) is not { } likely || model.Turnaround(0.9, serviceId, queue.Count) is not { } latest)
        {
            return null;
        }

        var range = PromiseRange.Of(likely, latest, now, known.History.Provider, await ClientCalendarAsync(clientDepartmentId));
        return new PromiseView(range.Likely, range.Latest, range.LikelyHours, range.LatestHours, queue.Count, model.Samples, now);
    }

    public async Task<QueueForecast> QueueAsync()
    {
        var now = clock.GetUtcNow();
        var (known, queue) = await CurrentAsync(now);
        var items = new List<RequestForecast>(queue.Count);
        for (var i = 0; i < queue.Count; i++)
        {
            items.Add(await ForecastAsync(known, queue[i], i, now));
        }

        var model = known.Models[ClockKind.Resolution];
        return new QueueForecast(
            ProviderId, Options.Threshold, model.BaseRate, model.Samples, now,
            [.. items.OrderByDescending(f => f.BreachProbability ?? -1).ThenBy(f => f.RequestId, StringComparer.Ordinal)]);
    }

    public async Task<RequestForecast?> RequestAsync(string requestId)
    {
        var now = clock.GetUtcNow();
        var (known, queue) = await CurrentAsync(now);
        var index = queue.FindIndex(s => s.Id == requestId);
        return index < 0 ? null : await ForecastAsync(known, queue[index], index, now);
    }

    public Task RecordPromiseAsync(string requestId, PromiseView promise)
    {
        state.State.Promises[requestId] = promise;
        promisesChanged = true;
        return Task.CompletedTask;
    }

    public async Task<ForecastQuality> QualityAsync(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 366);
        var now = clock.GetUtcNow();
        var from = now.AddDays(-days);
        // The replay starts ten business weeks early, so its first requests have a past to learn from.
        var origin = from.AddDays(-Backtest.WindowHours / 7 * 7 / 5);
        var history = await ReadHistoryAsync(origin.AddDays(-30), now);
        var clients = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var client in history.Facts.Select(f => f.ClientDepartmentId).Distinct(StringComparer.Ordinal))
        {
            clients[client] = await ClientCalendarAsync(client);
        }

        var rows = history.ForBacktest(origin, client => clients[client]);
        var figures = Backtest.Run(rows, history.Provider, history.Hours(origin, now));
        var held = Held(history, from, now);
        return new ForecastQuality(
            ProviderId, from, now, held.Recorded, held.LatestHeld, held.LikelyHeld, figures.Requests, figures.PromisesSettled, figures.LatestHeld,
            figures.Forecast.Count, figures.Forecast.Value, figures.BaseRate.Value, figures.ShareOfTarget.Value);
    }

    public async Task<PromisesHeld> PromisesHeldAsync(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 366);
        var now = clock.GetUtcNow();
        var from = now.AddDays(-days);
        return Held(await ReadHistoryAsync(from, now), from, now);
    }

    // The requests filed since `from` and resolved, with a promise recorded at their filing: did it hold?
    private PromisesHeld Held(FactsHistory history, DateTimeOffset from, DateTimeOffset to)
    {
        int recorded = 0, latestHeld = 0, likelyHeld = 0;
        foreach (var fact in history.Facts)
        {
            if (fact.FiledAt >= from && fact.ResolvedAt is { } resolved && state.State.Promises.TryGetValue(fact.RequestId, out var promise))
            {
                recorded++;
                latestHeld += resolved <= promise.Latest ? 1 : 0;
                likelyHeld += resolved <= promise.Likely ? 1 : 0;
            }
        }

        return new PromisesHeld(ProviderId, from, to, recorded, latestHeld, likelyHeld);
    }

    private async Task<RequestForecast> ForecastAsync(Learnt known, RequestSummary item, int aheadNow, DateTimeOffset now)
    {
        if (!known.History.ById.TryGetValue(item.Id, out var fact))
        {
            return new RequestForecast(item.Id, null, null, false, aheadNow, null);
        }

        var history = known.History;
        var aheadAtFiling = history.QueueAheadOf(item.Id);
        var running = item.Status != RequestStatus.WaitingOnClient;
        var next = fact.Clocks
            .Where(c => c is { Outcome: ClockOutcome.Running, Target: not null } && ProviderClocks.Contains(c.Kind))
            .OrderBy(c => c.Target!.Value - c.Elapsed)
            .FirstOrDefault();

        // Business time since the facts were written: read off the next due instant when the clock runs.
        var since = TimeSpan.Zero;
        if (next is not null && running && item.NextDueAt is { } due)
        {
            since = next.Target!.Value - history.Provider.BusinessTimeBetween(now, due) - next.Elapsed;
            since = since < TimeSpan.Zero ? TimeSpan.Zero : since;
        }

        double? probability = null;
        if (next is not null)
        {
            var model = known.Models[next.Kind];
            var elapsed = (next.Elapsed + since).TotalHours;
            var queue = QueueAhead.Effective(aheadAtFiling, aheadNow, elapsed, model.ThroughputPerHour);
            probability = Math.Round(model.BreachProbability(item.ServiceId, queue, elapsed, next.Target!.Value.TotalHours), 4);
        }

        PromiseView? promise = null;
        var resolution = known.Models[ClockKind.Resolution];
        if (fact.Clocks.FirstOrDefault(c => c.Kind == ClockKind.Resolution) is { Outcome: ClockOutcome.Running or ClockOutcome.NotStarted } clockFact)
        {
            var elapsed = (clockFact.Elapsed + (clockFact.Outcome == ClockOutcome.Running ? since : TimeSpan.Zero)).TotalHours;
            var queue = QueueAhead.Effective(aheadAtFiling, aheadNow, elapsed, resolution.ThroughputPerHour);
            if (resolution.Turnaround(0.5, item.ServiceId, queue, elapsed) is { } likely
                && resolution.Turnaround(0.9, item.ServiceId, queue, elapsed) is { } latest)
            {
                var range = PromiseRange.Of(likely - elapsed, latest - elapsed, now, history.Provider, await ClientCalendarAsync(item.ClientDepartmentId));
                promise = new PromiseView(range.Likely, range.Latest, likely, Math.Max(latest, likely), aheadNow, resolution.Samples, now);
            }
        }

        return new RequestForecast(item.Id, next?.Kind, probability, probability >= Options.Threshold, aheadNow, promise);
    }

    // The models (relearnt when stale, or when the queue holds a request the facts read did not have yet) and the
    // open requests of the queue, oldest filing first.
    private async Task<(Learnt Known, List<RequestSummary> Queue)> CurrentAsync(DateTimeOffset now)
    {
        var page = await GrainFactory.GetRequestQueries().ListAsync(new QueueQuery(QueueRole.Provider, ProviderId, OpenStatuses, Limit: 1000));
        var queue = page.Items.OrderBy(s => s.FiledAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        // A request filed since the last read is relearnt at once, but never more than every MissingRetry of real
        // time, in case its facts are late.
        var stale = learnt is null || now - learnt.At >= Options.ModelLifetime || now < learnt.At
            || (queue.Any(s => !learnt.History.ById.ContainsKey(s.Id)) && Environment.TickCount64 - learntTicks >= MissingRetryMs);
        if (stale)
        {
            learntTicks = Environment.TickCount64;
            var history = await ReadHistoryAsync(now.AddDays(-Options.HistoryDays), now);
            learnt = new Learnt(now, history, ProviderClocks.ToDictionary(k => k, k => history.Learn(k, now, ForecastSettings.Default)));
        }

        return (learnt!, queue);
    }

    private async Task<FactsHistory> ReadHistoryAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var calendar = GrainFactory.GetCalendar(ProviderId).GetAsync();
        var slice = await GrainFactory.GetScorecardFacts().ListAsync(new FactsQuery(ProviderId, null, null, from, to.AddMinutes(1)));
        return new FactsHistory(slice.Requests, calendarCache.Get(await calendar));
    }

    private async Task<BusinessCalendar> ClientCalendarAsync(string departmentId)
    {
        if (!clientCalendars.TryGetValue(departmentId, out var calendar))
        {
            calendar = calendarCache.Get(await GrainFactory.GetCalendar(departmentId).GetAsync());
            clientCalendars[departmentId] = calendar;
        }

        return calendar;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        // Client calendars may change; the next tick reads them again.
        clientCalendars.Clear();
        if (promisesChanged)
        {
            await StorePromisesAsync();
        }

        QueueForecast forecast;
        try
        {
            forecast = await QueueAsync();
        }
        catch (Exception exception)
        {
            LogRefreshFailed(logger, exception, ProviderId);
            return;
        }

        raised.RemoveWhere(r => !forecast.Items.Any(i => i.RequestId == r.Item1));
        foreach (var item in forecast.Items.Where(i => i is { AboveThreshold: true, Clock: not null }))
        {
            if (raised.Add((item.RequestId, item.Clock!.Value)))
            {
                try
                {
                    await GrainFactory.GetRequestForecast(item.RequestId).RaiseBreachLikelyAsync(item.Clock.Value, item.BreachProbability!.Value);
                }
                catch (Exception exception)
                {
                    // Asked again at the next tick.
                    raised.Remove((item.RequestId, item.Clock.Value));
                    LogRaiseFailed(logger, exception, item.RequestId);
                }
            }
        }
    }

    private async Task StorePromisesAsync()
    {
        var cutoff = clock.GetUtcNow() - PromisesKept;
        foreach (var old in state.State.Promises.Where(p => p.Value.AsOf < cutoff).Select(p => p.Key).ToList())
        {
            state.State.Promises.Remove(old);
        }

        try
        {
            await state.WriteStateAsync();
            promisesChanged = false;
        }
        catch (Exception exception)
        {
            // Kept in memory and written at the next tick; each request also keeps its own promise.
            LogStoreFailed(logger, exception, ProviderId);
        }
    }

    private sealed record Learnt(DateTimeOffset At, FactsHistory History, Dictionary<ClockKind, ForecastModel> Models);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The forecast of {ProviderId} could not read its queue; it tries again at the next refresh")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string providerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} could not raise its breach forecast; asked again at the next refresh")]
    private static partial void LogRaiseFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The forecast of {ProviderId} could not store its recorded promises; it tries again at the next refresh")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string providerId);
}
