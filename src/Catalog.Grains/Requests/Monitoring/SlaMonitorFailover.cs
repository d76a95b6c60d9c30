using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// Watches the cluster's membership and, when a silo is declared dead, starts every SLA monitor again: the
/// monitors that lived on the dead silo re-activate on a survivor and fire the deadlines that passed meanwhile.
/// Every survivor does it (starting a running monitor costs one call), so no single silo has to be the one.
/// </summary>
internal sealed partial class SlaMonitorFailover(
    IClusterMembershipService membership,
    SlaMonitorStarter starter,
    ILogger<SlaMonitorFailover> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource stopping = new();
    private Task? watching;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SlaMonitorFailover), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private Task StartAsync(CancellationToken cancellationToken)
    {
        watching = Task.Run(() => WatchAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (watching is not null)
        {
            await watching.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var dead = new HashSet<SiloAddress>(membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress));
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancellationToken))
            {
                var newlyDead = snapshot.Members.Values
                    .Where(m => m.Status == SiloStatus.Dead && dead.Add(m.SiloAddress))
                    .Select(m => m.SiloAddress)
                    .ToList();
                if (newlyDead.Count == 0)
                {
                    continue;
                }

                LogSiloLost(logger, string.Join(", ", newlyDead));
                await starter.StartAllAsync();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silos} left the cluster; starting the SLA monitors again on the survivors")]
    private static partial void LogSiloLost(ILogger logger, string silos);
}
