using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Forecasts;
using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Forecasts;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Sla;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Forecasts;

/// <summary>
/// A provider's forecasts. It learns from the stored request facts (<see cref="FactsHistory"/>, relearnt every
/// <see cref="ForecastOptions.ModelLifetime"/> and never more often) and reads the live queue from the queue's
/// projection on each call, so a promise or a probability always reflects the queue as it stands: a promise needs
/// only the open count, a forecast of a request filed since the model learnt reads its clocks from its live summary. A timer re-reads the queue every
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
    IRequestIndex index,
    ILogger<ForecastGrain> logger) : Grain, IForecastGrain
{
    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingOnClient];

    private static readonly ClockKind[] ProviderClocks = [ClockKind.Acknowledgement, ClockKind.FirstAnswer, ClockKind.Resolution];

    private static readonly TimeSpan PromisesKept = TimeSpan.FromDays(400);

    // A page of the open queue read at once (the largest the queries grain serves).
    private const int QueuePageSize = 1000;

    private const long OpenCountReuseMs = 500;

    private readonly HashSet<(string, ClockKind)> raised = [];
    private readonly Dictionary<string, BusinessCalendar> clientCalendars = new(StringComparer.Ordinal);
    private Learnt? learnt;
    private (long Ticks, int Count)? openCount;
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
        var known = await LearntAsync(now);
        var open = await OpenCountAsync();
        var model = known.Models[ClockKind.Resolution];
        if (model.Turnaround(0.5, serviceId, open) is not { } likely || model.Turnaround(0.9, serviceId, open) is not { } latest)
        {
            return null;
        }

        var range = PromiseRange.Of(likely, latest, now, known.History.Provider, await ClientCalendarAsync(clientDepartmentId));
        return new PromiseView(range.Likely, range.Latest, range.LikelyHours, range.LatestHours, open, model.Samples, now);
    }

    public async Task<QueueForecast> QueueAsync()
    {
        var now = clock.GetUtcNow();
        var known = await LearntAsync(now);
        var queue = await OpenQueueAsync();
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
        var known = await LearntAsync(now);
        var queue = await OpenQueueAsync();
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
        // A request filed since the model learnt is not in its history: its live summary carries its clocks, and the
        // queue ahead of it at filing is, so soon after, about what is ahead of it now.
        var history = known.History;
        var (clocks, aheadAtFiling) = history.ById.TryGetValue(item.Id, out var fact)
            ? (fact.Clocks, history.QueueAheadOf(item.Id))
            : (LiveClocks.Of(item, history.Provider), aheadNow);
        if (clocks.Count == 0)
        {
            return new RequestForecast(item.Id, null, null, false, aheadNow, null);
        }

        var running = item.Status != RequestStatus.WaitingOnClient;
        var next = clocks
            .Where(c => c is { Outcome: ClockOutcome.Running, Target: not null } && ProviderClocks.Contains(c.Kind))
            .OrderBy(c => c.Target!.Value - c.Elapsed)
            .FirstOrDefault();

        // Business time since the clocks were read: read off the next due instant when the clock runs.
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
        if (clocks.FirstOrDefault(c => c.Kind == ClockKind.Resolution) is { Outcome: ClockOutcome.Running or ClockOutcome.NotStarted } clockFact)
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

    // The models, learnt again from the stored history only once they are ModelLifetime old (or the clock went back):
    // never because of new requests, which are forecast from their live summaries meanwhile.
    private async Task<Learnt> LearntAsync(DateTimeOffset now)
    {
        if (learnt is null || now - learnt.At >= Options.ModelLifetime || now < learnt.At)
        {
            var history = await ReadHistoryAsync(now.AddDays(-Options.HistoryDays), now);
            learnt = new Learnt(now, history, ProviderClocks.ToDictionary(k => k, k => history.Learn(k, now, ForecastSettings.Default)));
        }

        return learnt;
    }

    // The provider's open requests, oldest filing first: every one, page by page, from the queue's projection.
    private async Task<List<RequestSummary>> OpenQueueAsync()
    {
        var rows = new List<RequestSummary>();
        string? after = null;
        do
        {
            var page = await GrainFactory.GetRequestQueries().ListAsync(
                new QueueQuery(QueueRole.Provider, ProviderId, OpenStatuses, Limit: QueuePageSize, After: after));
            rows.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);

        rows.Sort((a, b) => a.FiledAt != b.FiledAt ? a.FiledAt.CompareTo(b.FiledAt) : string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }

    // How many of the provider's requests are open: counted by the queue's projection, no rows read, reused for
    // OpenCountReuse so a burst of filings asks once. Without projections (a silo on a plain index) the index's total.
    private async Task<int> OpenCountAsync()
    {
        if (openCount is { } kept && Environment.TickCount64 - kept.Ticks < OpenCountReuseMs)
        {
            return kept.Count;
        }

        int count;
        if (index is ProjectingRequestIndex)
        {
            var byStatus = await GrainFactory.GetQueueProjection(QueueRole.Provider, ProviderId).OpenCountsAsync();
            count = OpenStatuses.Sum(s => byStatus.GetValueOrDefault(s));
        }
        else
        {
            count = (await GrainFactory.GetRequestQueries().ListAsync(new QueueQuery(QueueRole.Provider, ProviderId, OpenStatuses, Limit: 1))).Total;
        }

        openCount = (Environment.TickCount64, count);
        return count;
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
