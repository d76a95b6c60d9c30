using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Catalog.Web.Live;

/// <summary>
/// Drains the relay's buffer in flushes on a fixed beat of <see cref="LiveOptions.FlushInterval"/> (no beat while
/// idle): an event waits for the next beat, half an interval on average, or less when
/// <see cref="LiveOptions.MaxBatchSize"/> events are buffered first. Each flush sends one message per group
/// (<see cref="LiveEventBatcher"/>), so a group gets at most one message per interval at steady load. One flush is
/// sent completely before the next starts, so a connection gets a request's events in order across flushes too.
/// </summary>
public sealed partial class LiveEventPump(ChannelReader<LiveEvent> reader, ILiveBatchSender sender, LiveOptions options, ILogger logger)
{
    private readonly long epoch = Stopwatch.GetTimestamp();

    /// <summary>Runs until the buffer completes or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new List<LiveEvent>(options.MaxBatchSize);
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            await FillAsync(buffer, cancellationToken);
            await FlushAsync(buffer, cancellationToken);
            buffer.Clear();
        }
    }

    /// <summary>Takes events until the batch is full or the next beat.</summary>
    private async Task FillAsync(List<LiveEvent> buffer, CancellationToken cancellationToken)
    {
        var interval = options.FlushInterval.Ticks;
        var beat = TimeSpan.FromTicks(Stopwatch.GetElapsedTime(epoch).Ticks / interval * interval + interval);
        while (true)
        {
            while (buffer.Count < options.MaxBatchSize && reader.TryRead(out var liveEvent))
            {
                buffer.Add(liveEvent);
            }

            var remaining = beat - Stopwatch.GetElapsedTime(epoch);
            if (buffer.Count >= options.MaxBatchSize || remaining <= TimeSpan.Zero)
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(remaining);
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token))
                {
                    return; // completed: send what we have
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return; // the flush interval is over
            }
        }
    }

    private async Task FlushAsync(List<LiveEvent> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Count == 0)
        {
            return;
        }

        var batches = LiveEventBatcher.Batch(buffer);
        await Task.WhenAll(batches.Select(batch => SendAsync(batch, cancellationToken)));
    }

    private async Task SendAsync(LiveBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(batch.Group, batch.Events, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One group's failure must not stop the others, nor later flushes; the browser's snapshot on reconnect
            // makes up for what it missed.
            LogSendFailed(logger, ex, batch.Group, batch.Events.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} live events to group {Group}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string group, int count);
}
