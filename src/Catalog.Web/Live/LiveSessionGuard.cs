using System.Threading.Channels;
using Catalog.Web.Access;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Live;

/// <summary>
/// Keeps live connections to what their people may still see. A connection's groups were granted for the roles it
/// connected with, and events keep flowing to them; so when a person is moved, demoted or removed, their
/// connections are closed and the browser reconnects with its current roles (joining only what those allow).
/// A change made through this process is checked at once (<see cref="CatalogClaimsTransformation.PersonChanged"/>);
/// changes made elsewhere are seen every <see cref="LiveOptions.SessionRecheckInterval"/>, within the directory
/// cache's lifetime.
/// </summary>
public sealed partial class LiveSessionGuard(
    LiveSessions sessions,
    CatalogClaimsTransformation placement,
    IOptions<LiveOptions> options,
    ILogger<LiveSessionGuard> logger) : BackgroundService
{
    private readonly Channel<string> changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        placement.PersonChanged += OnPersonChanged;
        try
        {
            await Task.WhenAll(CheckChangedPeopleAsync(stoppingToken), CheckEveryoneAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            placement.PersonChanged -= OnPersonChanged;
        }
    }

    /// <summary>Checks every connection of <paramref name="userId"/> now; true when at least one was closed.</summary>
    public async Task<bool> CheckAsync(string userId)
    {
        var closed = false;
        try
        {
            foreach (var session in sessions.Of(userId))
            {
                closed |= await CheckAsync(session);
            }
        }
        catch (Exception ex)
        {
            // The directory did not answer: keep the connections rather than drop people during an outage.
            LogCheckFailed(logger, ex, userId);
        }

        return closed;
    }

    private void OnPersonChanged(string userId) => changed.Writer.TryWrite(userId);

    private async Task CheckChangedPeopleAsync(CancellationToken stoppingToken)
    {
        await foreach (var userId in changed.Reader.ReadAllAsync(stoppingToken))
        {
            await CheckAsync(userId);
        }
    }

    private async Task CheckEveryoneAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SessionRecheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var session in sessions.All())
                {
                    await CheckAsync(session);
                }
            }
            catch (Exception ex)
            {
                // One warning per round, not one per connection; the next round tries everyone again.
                LogRoundFailed(logger, ex, sessions.Count);
            }
        }
    }

    /// <summary>Closes the connection if its person's roles changed; throws when the directory does not answer.</summary>
    private async Task<bool> CheckAsync(LiveSession session)
    {
        var now = session.Connection.User is { } user ? await placement.PlaceAsync(user) : null;
        if (now is { } placed && placed.Viewer == session.Viewer)
        {
            return false;
        }

        LogClosing(logger, session.Connection.ConnectionId, session.Viewer.UserId);
        sessions.Remove(session.Connection.ConnectionId);
        session.Connection.Abort();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closing live connection {ConnectionId}: the roles of {UserId} changed")]
    private static partial void LogClosing(ILogger logger, string connectionId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the roles of {UserId}'s live connections; the periodic check will try again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the roles of the {Count} open live connections; trying again at the next round")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, int count);
}
