using System.Threading.Channels;
using Catalog.Requests;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Catalog.Web.Live;

/// <summary>
/// Feeds the live hub from the Orleans stream across processes: the web process (an Orleans client) subscribes to
/// <see cref="StreamNames.Live"/> / requests / all, buffers the events and hands them to a
/// <see cref="LiveEventPump"/>, which sends them in batches to <c>provider:{p}</c>, <c>client:{c}</c> and
/// <c>board</c>. On start it resumes this client's existing subscription instead of piling up a new one, and
/// keeps retrying (with backoff) while no silo answers.
/// </summary>
public sealed partial class LiveEventRelay(
    IClusterClient client,
    ILiveBatchSender sender,
    LiveReadings readings,
    LiveBoardTally board,
    IOptions<LiveOptions> options,
    ILogger<LiveEventRelay> logger) : BackgroundService
{
    private static readonly TimeSpan UnsubscribeTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<LiveEvent> buffer = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(options.Value.BufferCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private volatile bool subscribed;

    /// <summary>True once the relay receives the stream (the readiness check).</summary>
    public bool IsSubscribed => subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pump = new LiveEventPump(buffer.Reader, sender, options.Value, logger);
        var pumping = pump.RunAsync(stoppingToken);
        StreamSubscriptionHandle<IRequestEvent>? subscription = null;
        try
        {
            subscription = await SubscribeWithRetryAsync(stoppingToken);
            await pumping;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through to leave the stream.
        }
        finally
        {
            subscribed = false;
            if (subscription is not null)
            {
                await UnsubscribeAsync(subscription);
            }

            buffer.Writer.TryComplete();
        }
    }

    private async Task<StreamSubscriptionHandle<IRequestEvent>> SubscribeWithRetryAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.SubscribeRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var handle = await SubscribeAsync();
                subscribed = true;
                LogSubscribed(logger, StreamNames.Live, StreamNames.RequestsNamespace, StreamNames.OrganisationKey, attempt);
                return handle;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSubscribeFailed(logger, ex, attempt, delay);
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxSubscribeRetryDelay.Ticks));
        }
    }

    /// <summary>Resumes this client's first subscription (dropping any extras) or subscribes anew.</summary>
    private async Task<StreamSubscriptionHandle<IRequestEvent>> SubscribeAsync()
    {
        var stream = client.GetStreamProvider(StreamNames.Live)
            .GetStream<IRequestEvent>(StreamId.Create(StreamNames.RequestsNamespace, StreamNames.OrganisationKey));
        var observer = new LiveStreamObserver(buffer.Writer, readings, board, logger);
        var existing = await stream.GetAllSubscriptionHandles();
        if (existing.Count == 0)
        {
            return await stream.SubscribeAsync(observer);
        }

        foreach (var extra in existing.Skip(1))
        {
            await extra.UnsubscribeAsync();
        }

        return await existing[0].ResumeAsync(observer);
    }

    private async Task UnsubscribeAsync(StreamSubscriptionHandle<IRequestEvent> subscription)
    {
        try
        {
            await subscription.UnsubscribeAsync().WaitAsync(UnsubscribeTimeout);
        }
        catch (Exception ex)
        {
            // Best effort on the way out: the silo also drops the subscriptions of clients that are gone.
            LogUnsubscribeFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Relaying live events from stream {Provider}/{Namespace}/{Key} (attempt {Attempt})")]
    private static partial void LogSubscribed(ILogger logger, string provider, string @namespace, string key, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the live stream (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not leave the live stream on shutdown")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);
}
