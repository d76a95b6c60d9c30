using Catalog.Requests;
using Catalog.Surveys;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Catalog.Web.Surveys;

/// <summary>
/// Tells requesters of their new surveys at once: subscribes this web process to the survey stream
/// (<see cref="SurveyStreamNames"/> on <see cref="StreamNames.Live"/>) and sends each offer to its requester's
/// connections on the live hub as <see cref="ClientMethod"/>. Every web process relays every offer to the
/// connections it holds, so the person gets it whichever process they are connected to. Resumes this client's
/// subscription on start; retries with the live relay's backoff (<see cref="LiveOptions"/>) while no silo answers.
/// </summary>
public sealed partial class SurveyOfferRelay(
    IClusterClient client,
    IHubContext<LiveHub> hub,
    IOptions<LiveOptions> options,
    ILogger<SurveyOfferRelay> logger) : BackgroundService, IAsyncObserver<SurveyOffered>
{
    /// <summary>The browser method a survey offer arrives on (payload: the waiting survey).</summary>
    public const string ClientMethod = "surveyOffered";

    private volatile bool subscribed;

    /// <summary>True once the relay receives the stream.</summary>
    public bool IsSubscribed => subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.SubscribeRetryDelay;
        StreamSubscriptionHandle<SurveyOffered>? handle = null;
        for (var attempt = 1; handle is null; attempt++)
        {
            try
            {
                handle = await SubscribeAsync();
                subscribed = true;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSubscribeFailed(logger, ex, attempt, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxSubscribeRetryDelay.Ticks));
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: leave the stream below.
        }

        subscribed = false;
        try
        {
            await handle.UnsubscribeAsync().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Best effort on the way out: the silo also drops the subscriptions of clients that are gone.
            LogUnsubscribeFailed(logger, ex);
        }
    }

    /// <summary>Resumes this client's first subscription (dropping any extras) or subscribes anew.</summary>
    private async Task<StreamSubscriptionHandle<SurveyOffered>> SubscribeAsync()
    {
        var stream = client.GetStreamProvider(StreamNames.Live)
            .GetStream<SurveyOffered>(StreamId.Create(SurveyStreamNames.Namespace, SurveyStreamNames.OrganisationKey));
        var existing = await stream.GetAllSubscriptionHandles();
        if (existing.Count == 0)
        {
            return await stream.SubscribeAsync(this);
        }

        foreach (var extra in existing.Skip(1))
        {
            await extra.UnsubscribeAsync();
        }

        return await existing[0].ResumeAsync(this);
    }

    /// <inheritdoc />
    public async Task OnNextAsync(SurveyOffered item, StreamSequenceToken? token = null)
    {
        try
        {
            await hub.Clients.User(item.Requester).SendAsync(ClientMethod, item.Survey);
        }
        catch (Exception ex)
        {
            // The offer stands: the person's pages list it on their next load (GET /api/me/surveys).
            LogSendFailed(logger, ex, item.Survey.RequestId);
        }
    }

    /// <inheritdoc />
    public Task OnCompletedAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(logger, ex);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the survey stream (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not leave the survey stream on shutdown")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the survey offer of request {RequestId} live")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The survey stream reported an error")]
    private static partial void LogStreamError(ILogger logger, Exception exception);
}
