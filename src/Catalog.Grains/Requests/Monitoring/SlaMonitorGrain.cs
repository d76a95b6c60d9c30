using System.Diagnostics;
using Catalog.Grains.Hosting;
using Catalog.Errors;
using Catalog.Requests;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// Watches one provider department's pending SLA deadlines (key = department id) in a <see cref="DeadlineQueue"/>
/// held in memory, and asks each request to check its clocks when one of its deadlines passes.
/// <list type="bullet">
/// <item>A grain timer beats every 250 ms and compares the earliest deadline with <see cref="CatalogClock.GetUtcNow"/>,
/// so fake and accelerated clocks work (a fake clock moves without telling anyone; a failed reload is retried on
/// beats). When the earliest deadline falls due within a beat, a one-shot timer is armed for its very instant (in
/// real time: the business time left divided by the clock's speed), after each tick and whenever a request tracks
/// an earlier deadline, so a breach is checked as it falls due rather than up to a beat later. It checks up to
/// <see cref="MaxChecksPerTick"/> requests per tick,
/// <see cref="MaxConcurrentChecks"/> at a time; a failed check is logged and due again on the next tick, except
/// for a request that does not exist, whose deadlines are forgotten.</item>
/// <item>The grain is <see cref="ReentrantAttribute">reentrant</see>: a request grain checking its clocks writes,
/// then calls <see cref="TrackAsync"/> back while the tick still awaits it; a non-reentrant monitor would deadlock
/// on that cycle until the call timed out. Every method runs without awaiting, so interleaving never sees the queue
/// half-changed; ticks never overlap.</item>
/// <item>On activation it reloads the pending deadlines from the request index, so deadlines that passed while the
/// silo was down fire on the first tick. If the index cannot be read, the monitor still starts (tracking what
/// requests tell it) and retries the reload every few seconds; a request tracked meanwhile keeps its newer
/// deadlines.</item>
/// <item><see cref="KeepAliveAttribute">Kept alive</see>: idle collection would drop the queue and its timer.</item>
/// <item>In a cluster, a monitor lives on one silo. If that silo dies, <see cref="SlaMonitorFailover"/> starts it
/// again on a survivor as soon as the cluster declares the silo dead, and a durable reminder
/// (<see cref="WatchReminder"/>, every minute, in the reminders table) starts it even if nothing else does. The
/// reloaded deadlines that passed meanwhile fire on the first tick, recorded at the instant they passed.</item>
/// </list>
/// </summary>
[GrainType(SlaMonitorGrainTypes.Monitor)]
[Reentrant]
[KeepAlive]
public sealed partial class SlaMonitorGrain(
    IRequestIndex index,
    IRequestDeadlineChecker checker,
    CatalogClock clock,
    ILogger<SlaMonitorGrain> logger) : Grain, ISlaMonitorGrain, IRemindable
{
    /// <summary>The durable reminder that re-activates a monitor whose silo was lost. Never rename it.</summary>
    public const string WatchReminder = "watch";

    /// <summary>How often the reminder fires; Orleans' shortest reminder period.</summary>
    public static readonly TimeSpan WatchPeriod = TimeSpan.FromMinutes(1);

    /// <summary>How often the timer compares the earliest deadline with the clock.</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(250);

    /// <summary>How many requests are checked at once.</summary>
    public const int MaxConcurrentChecks = 32;

    /// <summary>How long one check may take before it counts as failed and is due again on the next tick.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How many requests one tick checks at most; the rest wait for the next tick.</summary>
    public const int MaxChecksPerTick = 1024;

    // After a failed reload, retry every 40 ticks (about 10 s) rather than every tick.
    private const int ReloadRetryTicks = 40;

    private readonly DeadlineQueue queue = new();
    private IGrainTimer? wake; // the one-shot timer armed for the earliest deadline, if within a beat
    private long wakeAt; // its Stopwatch timestamp
    private bool ticking;
    private bool tickAgain;
    private HashSet<string>? trackedDuringReload;
    private bool reloaded;
    private int ticksSinceReload;

    private string Provider => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
        {
            DueTime = TickPeriod,
            Period = TickPeriod,
            Interleave = false,
        });
        ArmForEarliest();
        await KeepWatchingAsync();
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        // Being called is the point: it activated this monitor if its silo was lost. The timer does the work.
        Task.CompletedTask;

    // Registered once per department (an update of an existing reminder with the same period writes nothing new
    // that matters); a failure to register is logged, not fatal: the failover and the start-up task still start it.
    private async Task KeepWatchingAsync()
    {
        try
        {
            await this.RegisterOrUpdateReminder(WatchReminder, WatchPeriod, WatchPeriod);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReminderFailed(logger, exception, Provider);
        }
    }

    /// <inheritdoc />
    public Task TrackAsync(string requestId, IReadOnlyList<SlaDeadline> deadlines)
    {
        queue.Track(requestId, deadlines);
        trackedDuringReload?.Add(requestId);
        ArmForEarliest();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task<SlaMonitorStatus> GetStatusAsync() =>
        Task.FromResult(new SlaMonitorStatus(queue.TrackedRequests, queue.PendingDeadlines, queue.Earliest()));

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        // The grain is reentrant: a re-armed timer may fire while a tick still awaits its checks. Ticks never
        // overlap; the running one goes round once more instead.
        if (ticking)
        {
            tickAgain = true;
            return;
        }

        ticking = true;
        try
        {
            do
            {
                tickAgain = false;
                await TickOnceAsync(cancellationToken);
            }
            while (tickAgain);
        }
        finally
        {
            ticking = false;
            ArmForEarliest();
        }
    }

    /// <summary>
    /// Arms a one-shot timer for the earliest deadline when it falls due within a beat (the business time left, in
    /// real time at the clock's speed), unless one is armed for that instant or sooner already.
    /// </summary>
    private void ArmForEarliest()
    {
        if (ticking || queue.Earliest() is not { } earliest)
        {
            return;
        }

        var left = (earliest - clock.GetUtcNow()) / clock.Speed;
        if (left <= TimeSpan.Zero)
        {
            // Already due (more than a tick's share, or a check that failed): the next beat takes it, as before.
            return;
        }

        if (left >= TickPeriod)
        {
            return; // a beat comes first, and arms it then
        }

        var now = Stopwatch.GetTimestamp();
        var at = now + Ticks(left);
        if (wake is not null && wakeAt > now && wakeAt <= at)
        {
            return;
        }

        wake?.Dispose();
        wakeAt = at;
        wake = this.RegisterGrainTimer(WakeAsync, new GrainTimerCreationOptions
        {
            DueTime = left,
            Period = Timeout.InfiniteTimeSpan,
            Interleave = false,
        });
    }

    private Task WakeAsync(CancellationToken cancellationToken)
    {
        wake = null;
        return TickAsync(cancellationToken);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private async Task TickOnceAsync(CancellationToken cancellationToken)
    {
        if (!reloaded && ++ticksSinceReload >= ReloadRetryTicks)
        {
            await ReloadAsync(cancellationToken);
        }

        var due = queue.TakeDue(clock.GetUtcNow(), MaxChecksPerTick);
        if (due.Count == 0)
        {
            return;
        }

        LogChecking(logger, Provider, due.Count);
        var running = new List<Task>(MaxConcurrentChecks);
        foreach (var check in due)
        {
            if (running.Count == MaxConcurrentChecks)
            {
                running.Remove(await Task.WhenAny(running));
            }

            running.Add(CheckAsync(check));
        }

        await Task.WhenAll(running);
    }

    private async Task CheckAsync(DueCheck check)
    {
        try
        {
            // Time-limited: a request on a silo being lost does not answer until the cluster declares it dead, and
            // a tick waits for its checks; the others must not wait with it.
            await checker.CheckAsync(check.RequestId).WaitAsync(CheckTimeout);
            queue.Complete(check, succeeded: true);
        }
        catch (CatalogNotFoundException exception)
        {
            // No such request (an index row written by another deployment, or lost state): asking again cannot help.
            LogUnknownRequest(logger, exception, check.RequestId, Provider);
            queue.Forget(check);
        }
        catch (Exception exception)
        {
            // Not dropped: the request is due again, and the next tick asks again.
            LogCheckFailed(logger, exception, check.RequestId, Provider);
            queue.Complete(check, succeeded: false);
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        ticksSinceReload = 0;
        trackedDuringReload = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var loaded = 0;
            await foreach (var (requestId, deadlines) in index.ListPendingAsync(Provider, cancellationToken))
            {
                // A request that called TrackAsync during the reload told us something at least as new as its row.
                if (!trackedDuringReload.Contains(requestId))
                {
                    queue.Track(requestId, deadlines);
                    loaded++;
                }
            }

            reloaded = true;
            LogReloaded(logger, Provider, loaded, queue.PendingDeadlines);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReloadFailed(logger, exception, Provider);
        }
        finally
        {
            trackedDuringReload = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "SLA monitor {ProviderDepartmentId} reloaded {Requests} requests from the index; {Deadlines} deadlines pending")]
    private static partial void LogReloaded(ILogger logger, string providerDepartmentId, int requests, int deadlines);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "SLA monitor {ProviderDepartmentId} could not reload its deadlines from the index; it retries and tracks new ones meanwhile")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string providerDepartmentId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "SLA monitor {ProviderDepartmentId} could not register its durable reminder; it runs, and silo failover restarts it")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string providerDepartmentId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "SLA monitor {ProviderDepartmentId} checks {Requests} requests whose deadlines passed")]
    private static partial void LogChecking(ILogger logger, string providerDepartmentId, int requests);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "SLA monitor {ProviderDepartmentId} had deadlines for request {RequestId}, which does not exist; forgetting them")]
    private static partial void LogUnknownRequest(ILogger logger, Exception exception, string requestId, string providerDepartmentId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "SLA monitor {ProviderDepartmentId} could not have request {RequestId} check its deadlines; retrying next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string requestId, string providerDepartmentId);
}
