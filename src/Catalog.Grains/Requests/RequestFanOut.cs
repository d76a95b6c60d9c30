using Catalog.Requests;
using Catalog.Grains.Scorecards;
using Catalog.Scorecards;
using Catalog.Sla;
using Catalog.Surveys;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// Passes a request's stored state on, after each write, all parts side by side: its index rows and facts row (through
/// the silo's group commit, so they cost one round trip of latency and a share of a transaction), the provider's SLA
/// monitor its pending deadlines, the provider's SLA counters the outcomes stored with the change (counted in the
/// counters' memory at once, stored by them behind), the live stream the events (in order), and the survey a
/// resolution offers. Each part goes on even if another fails; what failed is retried on a timer while the grain is
/// active, and what a lost activation left is replayed from the stored state by the next one (see
/// <c>docs/requests-write-path.md</c>): the state is written with <see cref="RequestState.DerivedStale"/> set, its
/// uncounted outcomes and its audit entries, and keeps them until a later write finds them passed on.
/// </summary>
internal sealed partial class RequestFanOut(
    Func<RequestState> state,
    IGrainFactory grains,
    IRequestIndex index,
    IRequestFactsStore facts,
    IRequestEventPublisher publisher,
    Func<Task<(RequestSummary Summary, SlaDeadline[] Deadlines, RequestFacts Facts)>> snapshot,
    Func<Func<Task>, IGrainTimer> registerRetry,
    Action idle,
    ILogger logger)
{
    // A publish that hangs (its stream queue on a silo being lost) must not hold the counting and the next actions.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    // Stored, not yet passed on: replayed in order until they go through.
    private readonly Queue<IRequestEvent> unpublished = new();

    // Outcomes the counters hold in memory, not yet known to be stored by them.
    private readonly HashSet<SlaOutcome> recorded = [];
    private bool indexStale;
    private bool monitorStale;
    private IGrainTimer? retry;
    private Task? confirming;
    private string? confirmingFor;
    private int syncing;

    /// <summary>
    /// The stored state holds leftovers (the stale mark, audit entries, outcomes) that were passed on since: one write
    /// when the activation ends tidies them, so the next activation has nothing to replay.
    /// </summary>
    public bool NeedsTidyWrite { get; private set; }

    private RequestState Request => state();

    /// <summary>
    /// Nothing left to pass on, retry or await: the grain may let this go (<c>idle</c> is called when it becomes so)
    /// and make a new one for its next change.
    /// </summary>
    public bool IsIdle =>
        syncing == 0 && unpublished.Count == 0 && recorded.Count == 0 && confirming is null && retry is null && !indexStale && !monitorStale;

    /// <summary>Adds the outcomes of a change to the state before it is written, so they are stored with it.</summary>
    public List<SlaOutcome> Count(IEnumerable<SlaOutcome> outcomes)
    {
        var added = outcomes.ToList();
        Request.UncountedOutcomes = [.. Request.UncountedOutcomes, .. added];
        return added;
    }

    /// <summary>The state was written: its rows and the monitor are behind, and the stored state needs a tidy write.</summary>
    public void Written()
    {
        indexStale = true;
        monitorStale = true;
        NeedsTidyWrite = true;
    }

    /// <summary>The stored state says its rows may be behind (a lost activation): they are written again.</summary>
    public void Refresh()
    {
        indexStale = true;
        monitorStale = true;
    }

    /// <summary>The monitor asks again: it gets the deadlines still ahead, with no write when nothing changed.</summary>
    public void RefreshMonitor() => monitorStale = true;

    /// <summary>After the write: the events wait to be published, and the stored outcomes are measured.</summary>
    public void Pass(IEnumerable<IRequestEvent> events, IEnumerable<SlaOutcome> stored)
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

    /// <summary>Passes everything pending on, the parts side by side; schedules a retry of what failed.</summary>
    public async Task SyncAsync()
    {
        var failures = new List<Exception>(4);
        syncing++;
        try
        {
            await Task.WhenAll(
                TryAsync(failures, SyncRowsAsync),
                TryAsync(failures, CountAsync),
                TryAsync(failures, PublishAsync),
                TryAsync(failures, OfferSurveyAsync));
        }
        finally
        {
            syncing--;
        }

        if (failures.Count == 0)
        {
            retry?.Dispose();
            retry = null;
            NotifyIfIdle();
            return;
        }

        LogSyncFailed(logger, new AggregateException(failures), Request.Id!, unpublished.Count, Request.UncountedOutcomes.Length);
        ScheduleRetry();
    }

    /// <summary>Retries <see cref="SyncAsync"/> on a timer until it goes through.</summary>
    public void ScheduleRetry() => retry ??= registerRetry(SyncAsync);

    /// <summary>Waits (a little) for the counters to confirm what they hold, before the activation's tidy write.</summary>
    public async Task SettleAsync(TimeSpan atMost)
    {
        if (confirming is { } pending)
        {
            await pending.WaitAsync(atMost).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
    }

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

    private async Task SyncRowsAsync()
    {
        if (!indexStale && !monitorStale)
        {
            return;
        }

        var writeRows = indexStale;
        var (summary, deadlines, requestFacts) = await snapshot();
        var id = Request.Id!;
        var parts = new List<Task> { grains.GetSlaMonitor(Request.ProviderDepartmentId).TrackAsync(id, deadlines) };
        if (writeRows)
        {
            parts.Add(index.UpsertAsync(summary, deadlines));
            parts.Add(facts.UpsertRequestAsync(requestFacts));

            // A transfer to another department: the queue and monitor it left forget it.
            foreach (var former in Request.FormerProviders.Where(f => f != Request.ProviderDepartmentId))
            {
                parts.Add(index.RemoveProviderRowAsync(former, id));
                parts.Add(grains.GetSlaMonitor(former).TrackAsync(id, []));
            }
        }

        await Task.WhenAll(parts);
        if (writeRows)
        {
            Request.FormerProviders = [];
            Request.DerivedStale = false;
            indexStale = false;
        }

        monitorStale = false;
    }

    // Counted in the counters' memory now (read back at once); the stored list lets go once they stored them.
    private async Task CountAsync()
    {
        var provider = Request.ProviderDepartmentId;
        if (confirming is { } earlier && confirmingFor != provider)
        {
            // Transferred: what the former provider's counters hold is confirmed (or let go) first.
            await earlier.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }

        var counters = grains.GetSlaCounters(provider);
        foreach (var next in Request.UncountedOutcomes.Where(o => !recorded.Contains(o)).ToArray())
        {
            await counters.RecordAsync(next);
            recorded.Add(next);
        }

        if (recorded.Count > 0)
        {
            confirmingFor = provider;
            confirming ??= ConfirmStoredAsync(counters);
        }
    }

    // Runs beside the grain's calls (it only awaits, then drops what was confirmed): no call waits for it.
    private async Task ConfirmStoredAsync(ISlaCountersGrain counters)
    {
        try
        {
            while (recorded.Count > 0)
            {
                var asked = recorded.ToArray();
                await counters.WhenStoredAsync();
                recorded.ExceptWith(asked);
                Request.UncountedOutcomes = [.. Request.UncountedOutcomes.Where(o => !asked.Contains(o))];
            }
        }
        catch (Exception exception)
        {
            // The counters may have lost them with their silo: they are recorded again (repeats are ignored).
            recorded.Clear();
            LogCountNotConfirmed(logger, exception, Request.Id!);
            ScheduleRetry();
        }
        finally
        {
            confirming = null;
            NotifyIfIdle();
        }
    }

    private void NotifyIfIdle()
    {
        if (IsIdle)
        {
            idle();
        }
    }

    private async Task OfferSurveyAsync()
    {
        if (Request.PendingSurveyOffer is { } offer)
        {
            await grains.GetSurvey(offer.RequestId).OfferAsync(offer);
            Request.PendingSurveyOffer = null;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} is stored but its index row, deadlines, {Events} events or {Outcomes} outcomes were not passed on; retrying")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string requestId, int events, int outcomes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId}: the SLA counters did not confirm storing its outcomes; recording them again")]
    private static partial void LogCountNotConfirmed(ILogger logger, Exception exception, string requestId);
}
