using Catalog.Requests;
using Catalog.Grains.Scorecards;
using Catalog.Scorecards;
using Catalog.Sla;
using Catalog.Surveys;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// Passes a request's stored state on, after each write: its index row, its facts for the scorecards, and the
/// provider's SLA monitor its pending deadlines, the provider's SLA counters the outcomes stored with the change, and the live stream the events (in
/// order), and the survey a resolution offers to the survey. Each part goes on even if another fails; what failed is retried on a timer while the grain is active.
/// Outcomes are replayed from the stored state after a crash (the counters ignore repeats); an event lost with a
/// silo is made good by the pages' fresh snapshots.
/// </summary>
internal sealed partial class RequestFanOut(
    Func<RequestState> state,
    IGrainFactory grains,
    IRequestIndex index,
    IRequestFactsStore facts,
    IRequestEventPublisher publisher,
    Func<Task<(RequestSummary Summary, SlaDeadline[] Deadlines, RequestFacts Facts)>> snapshot,
    Func<Func<Task>, IGrainTimer> registerRetry,
    ILogger logger)
{
    // A publish that hangs (its stream queue on a silo being lost) must not hold the counting and the next actions.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    // Stored, not yet passed on: replayed in order until they go through.
    private readonly Queue<IRequestEvent> unpublished = new();
    private bool indexStale;
    private IGrainTimer? retry;

    /// <summary>Outcomes were counted since the last write: the stored list still names them until the next one.</summary>
    public bool CountedSinceWrite { get; private set; }

    private RequestState Request => state();

    /// <summary>Adds the outcomes of a change to the state before it is written, so they are stored with it.</summary>
    public List<SlaOutcome> Count(IEnumerable<SlaOutcome> outcomes)
    {
        var added = outcomes.ToList();
        Request.UncountedOutcomes = [.. Request.UncountedOutcomes, .. added];
        return added;
    }

    /// <summary>The state was written: the index is behind, and the stored outcomes are those not counted yet.</summary>
    public void Written()
    {
        indexStale = true;
        CountedSinceWrite = false;
    }

    /// <summary>The monitor asks again: the index row and deadlines are sent even if nothing changed.</summary>
    public void Refresh() => indexStale = true;

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

    /// <summary>Passes everything pending on; schedules a retry of what failed.</summary>
    public async Task SyncAsync()
    {
        var failures = new List<Exception>(3);
        await TryAsync(failures, SyncIndexAsync);
        await TryAsync(failures, CountAsync);
        await TryAsync(failures, PublishAsync);
        await TryAsync(failures, OfferSurveyAsync);
        if (failures.Count == 0)
        {
            retry?.Dispose();
            retry = null;
            return;
        }

        LogSyncFailed(logger, new AggregateException(failures), Request.Id!, unpublished.Count, Request.UncountedOutcomes.Length);
        ScheduleRetry();
    }

    /// <summary>Retries <see cref="SyncAsync"/> on a timer until it goes through.</summary>
    public void ScheduleRetry() => retry ??= registerRetry(SyncAsync);

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

        var (summary, deadlines, requestFacts) = await snapshot();
        await index.UpsertAsync(summary, deadlines);
        await facts.UpsertRequestAsync(requestFacts);
        await grains.GetSlaMonitor(Request.ProviderDepartmentId).TrackAsync(Request.Id!, deadlines);

        // A transfer to another department: the queue and monitor it left forget it.
        foreach (var former in Request.FormerProviders.Where(f => f != Request.ProviderDepartmentId))
        {
            await index.RemoveProviderRowAsync(former, Request.Id!);
            await grains.GetSlaMonitor(former).TrackAsync(Request.Id!, []);
        }

        Request.FormerProviders = [];
        indexStale = false;
    }

    private async Task CountAsync()
    {
        while (Request.UncountedOutcomes is [var next, ..])
        {
            await grains.GetSlaCounters(Request.ProviderDepartmentId).RecordAsync(next);
            Request.UncountedOutcomes = Request.UncountedOutcomes[1..];
            CountedSinceWrite = true;
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
}
