using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Live;

/// <summary>
/// Makes good the live events a lost silo took with it. Every <see cref="LiveOptions.ClusterCheckInterval"/> it asks
/// the cluster which silos are active; when that set changes (a silo lost or added), this process gained or lost a
/// gateway connection since the last look (<see cref="NoticeGatewaysChanged"/>: at once when a silo process dies,
/// and a silo that came and went between two looks is not missed), or the cluster answers again after not
/// answering, it tells every browser to take fresh snapshots (<see cref="ILiveClient.Resync"/>) at each of
/// <see cref="LiveOptions.ResyncDelays"/>. A breach found by a survivor after the loss reaches browsers as an event
/// anyway; one whose event died with the silo's stream queue is in the next snapshot.
/// </summary>
internal sealed partial class LiveClusterWatch(
    IClusterClient client,
    IHubContext<LiveHub, ILiveClient> hub,
    IOptions<LiveOptions> options,
    ILogger<LiveClusterWatch> logger) : BackgroundService
{
    private int gatewaysChanged;

    /// <summary>Called by the Orleans client when its number of connected gateways changes.</summary>
    public void NoticeGatewaysChanged() => Interlocked.Exchange(ref gatewaysChanged, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        HashSet<string>? known = null;
        var answered = true;
        var resyncs = new List<Task>();
        using var timer = new PeriodicTimer(options.Value.ClusterCheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            HashSet<string> active;
            try
            {
                // Not waiting the call timeout: the management grain may itself be on the silo being lost.
                var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                    .WaitAsync(options.Value.ClusterCheckInterval * 2, stoppingToken);
                active = hosts.Keys.Select(silo => silo.ToParsableString()).ToHashSet(StringComparer.Ordinal);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Nothing to compare with while the cluster does not answer; the change shows when it does again.
                if (answered)
                {
                    LogUnanswered(logger, ex);
                }

                answered = false;
                continue;
            }

            // The first answer is the baseline: gateways found while the web host was starting are no change a page
            // could have missed anything by (no page had a snapshot yet), so they do not make every page resync.
            var gatewaysMoved = Interlocked.Exchange(ref gatewaysChanged, 0) == 1 && known is not null;
            var changed = (known is not null && !known.SetEquals(active)) || gatewaysMoved;
            if (changed || !answered)
            {
                LogChanged(logger, known?.Count ?? 0, active.Count, answered);
                resyncs.RemoveAll(t => t.IsCompleted);
                resyncs.Add(ResyncAsync(stoppingToken));
            }

            known = active;
            answered = true;
        }
    }

    private async Task ResyncAsync(CancellationToken stoppingToken)
    {
        var waited = TimeSpan.Zero;
        foreach (var delay in options.Value.ResyncDelays.Order())
        {
            try
            {
                await Task.Delay(delay - waited, stoppingToken);
                waited = delay;
                await hub.Clients.All.Resync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogResyncFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster changed ({Before} active silos, now {After}; it answered before: {Answered}); browsers will take fresh snapshots")]
    private static partial void LogChanged(ILogger logger, int before, int after, bool answered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster does not answer which silos are active; live pages resync when it does")]
    private static partial void LogUnanswered(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask the live pages to resync")]
    private static partial void LogResyncFailed(ILogger logger, Exception exception);
}
