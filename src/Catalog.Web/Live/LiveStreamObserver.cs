using System.Threading.Channels;
using Catalog.Requests;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Catalog.Web.Live;

/// <summary>
/// The web process's consumer of the live stream: turns each event into its browser shape and buffers it for the
/// pump. A full buffer makes the stream wait rather than lose events.
/// </summary>
internal sealed partial class LiveStreamObserver(ChannelWriter<LiveEvent> buffer, LiveReadings readings, LiveBoardTally board, ILogger logger) : IAsyncObserver<IRequestEvent>
{
    public async Task OnNextAsync(IRequestEvent item, StreamSequenceToken? token = null)
    {
        if (LiveEvent.FromRequestEvent(item) is { } liveEvent)
        {
            // The board's change is counted from the summary as the queue rows hold it, before its clocks are re-read.
            await buffer.WriteAsync(await ReadAsync(liveEvent with { Board = board.Move(item) }));
        }
        else
        {
            LogSkipped(logger, item.GetType().Name, item.RequestId, item.Sequence);
        }
    }

    /// <summary>
    /// The event with its clocks read at its instant and the windows of their calendars; as it came when a calendar
    /// cannot be read now (the page then shows the summary's flags and counts down from the next event or snapshot).
    /// </summary>
    private async Task<LiveEvent> ReadAsync(LiveEvent liveEvent)
    {
        try
        {
            var (summaries, windows) = await readings.ReadAsync([liveEvent.Summary], liveEvent.At);
            return liveEvent with { Summary = summaries[0], Calendars = windows };
        }
        catch (Exception ex)
        {
            LogNotRead(logger, ex, liveEvent.RequestId, liveEvent.Sequence);
            return liveEvent;
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(logger, ex);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live stream event {Kind} of request {RequestId} (#{Sequence}) has no browser shape: not relayed")]
    private static partial void LogSkipped(ILogger logger, string kind, string requestId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The clocks of request {RequestId} (#{Sequence}) could not be read for the browser: relayed without")]
    private static partial void LogNotRead(ILogger logger, Exception exception, string requestId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live stream reported an error")]
    private static partial void LogStreamError(ILogger logger, Exception exception);
}
