using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Forecasts;
using Catalog.Requests;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests;

/// <summary>
/// The forecast side of a request (issue 12): the promised date range recorded with its filing, and the live event
/// raised once per clock when the provider's breach forecast crosses the threshold. The forecast itself is the
/// provider's <see cref="IForecastGrain"/>; the request only keeps what it said.
/// </summary>
public sealed partial class RequestGrain : IRequestForecastGrain
{
    // A filing never waits long on a forecast: without an answer by then it is filed without a promise.
    private static readonly TimeSpan PromiseWait = TimeSpan.FromSeconds(2);

    public Task<RecordedPromise> GetPromiseAsync()
    {
        EnsureExists();
        var resolved = Request.Status is RequestStatus.Resolved or RequestStatus.Closed
            ? Request.History.LastOrDefault(h => h.Action == RequestAction.Resolve)?.At
            : null;
        return Task.FromResult(new RecordedPromise(Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, Request.Promise, Request.Status, resolved));
    }

    public async Task RaiseBreachLikelyAsync(ClockKind kind, double probability)
    {
        if (!Request.Exists || discarded || Request.BreachLikelyRaised.Contains(kind))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var calendarsNow = await CalendarsAsync();
        var clocks = RequestClocks.Views(Request, calendarsNow, now);
        var running = clocks.FirstOrDefault(c => c.Kind == kind && c.State == ClockRunState.Running);
        if (running is null || running.AtRisk || running.Breached)
        {
            // Only ahead of the classic warning: once it is at risk or breached, that event said it already.
            return;
        }

        Request.BreachLikelyRaised = [.. Request.BreachLikelyRaised, kind];
        var summary = RequestSummaries.From(Request, clocks);
        var raised = new BreachLikely(
            Id, Request.ProviderDepartmentId, Request.ClientDepartmentId, ++Request.Sequence, now, kind, probability, running.DueAt, summary);
        await WriteAsync();
        FanOut.Pass([raised], []);
        await SyncAsync();
    }

    /// <summary>
    /// Asks the provider's forecast when the request being filed will be done and keeps the answer with the filing
    /// (called by the filing before it is stored). A history replayed at past instants (<paramref name="live"/>
    /// false) gets none: the forecast only knows the present. A forecast that fails or is slow costs the filing
    /// nothing but its promise.
    /// </summary>
    private async Task PromiseAtFilingAsync(bool live)
    {
        if (!live)
        {
            return;
        }

        try
        {
            var forecast = GrainFactory.GetForecast(Request.ProviderDepartmentId);
            Request.Promise = await forecast.PromiseAsync(Request.ServiceId, Request.ClientDepartmentId).WaitAsync(PromiseWait);
            if (Request.Promise is { } promise)
            {
                await forecast.RecordPromiseAsync(Id, promise);
            }
        }
        catch (Exception exception)
        {
            LogNoPromise(logger, exception, Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} is filed without a promised date: the forecast did not answer")]
    private static partial void LogNoPromise(ILogger logger, Exception exception, string requestId);
}
