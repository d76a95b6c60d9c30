using System.Diagnostics;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Queues;
using Catalog.Requests;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Catalog.Grains.Queues;

/// <summary>
/// Holds one queue in memory in queue order (<see cref="QueueProjection"/>). On activation it starts reading the
/// queue's partition of the stored index (one scan); afterwards <see cref="ProjectingRequestIndex"/> hands it each
/// row the index stores, after storing it, so the projection holds exactly what is stored.
/// <list type="bullet">
/// <item>Reentrant: a scan of many thousand rows takes seconds on a loaded store, longer than a call may wait. Reads
/// wait for it (a caller that gives up leaves it running for the next); changes arriving meanwhile are kept and
/// applied after the scanned rows, in order, so they win. Every method changes the projection without awaiting, so
/// interleaving never sees it half-changed.</item>
/// <item>A failed scan deactivates the grain: the next call scans again. Changes kept meanwhile are dropped with
/// it, which loses nothing: they were stored before they were sent.</item>
/// <item>Kept alive: a rebuild is a partition scan, which a read must not wait for.</item>
/// </list>
/// </summary>
[GrainType(QueueGrainTypes.Projection)]
[Reentrant]
[KeepAlive]
public sealed partial class QueueProjectionGrain(QueueProjectionSource source, ILogger<QueueProjectionGrain> logger)
    : Grain, IQueueProjectionGrain
{
    private readonly QueueProjection projection = new();
    private List<Action<QueueProjection>>? arrivedWhileLoading = [];
    private Task loaded = Task.CompletedTask;
    private QueueRole role;
    private string departmentId = string.Empty;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (role, departmentId) = QueueProjectionKeys.Parse(this.GetPrimaryKeyString());
        loaded = LoadAsync();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ApplyAsync(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Change(p => p.Apply(summary));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string requestId)
    {
        Change(p => p.Remove(requestId));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<QueuePage> ListAsync(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = After(query);
        await loaded;
        return projection.Query(query, after);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PairFigures>> FiguresAsync(DateTimeOffset? filedSince)
    {
        await loaded;
        return projection.Figures(filedSince);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<RequestStatus, int>> OpenCountsAsync()
    {
        await loaded;
        return projection.OpenCounts();
    }

    /// <inheritdoc />
    public async Task<int> CountAsync()
    {
        await loaded;
        return projection.Count;
    }

    private void Change(Action<QueueProjection> change)
    {
        if (arrivedWhileLoading is { } kept)
        {
            kept.Add(change);
        }
        else
        {
            change(projection);
        }
    }

    private async Task LoadAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // One partition scan, every row: the stored index sorts it, the projection keeps it sorted from here on.
            var all = await source.Index.QueryAsync(new QueueQuery(role, departmentId, Limit: int.MaxValue));
            foreach (var row in all.Items)
            {
                projection.Apply(row);
            }

            foreach (var change in arrivedWhileLoading!)
            {
                change(projection);
            }

            arrivedWhileLoading = null;
            LogRebuilt(logger, role, departmentId, projection.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            LogRebuildFailed(logger, exception, role, departmentId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>The place a page starts after; a cursor that is not one is the caller's mistake (400).</summary>
    internal static QueueKey? After(QueueQuery query) =>
        query.After is null ? null
        : QueueCursor.TryRead(query.After, out var key) ? key
        : throw new CatalogValidationException("after", "Not a cursor of this listing: pass the 'next' of the page before.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue projection {Role} {DepartmentId} rebuilt from the request index: {Count} requests in {ElapsedMs} ms")]
    private static partial void LogRebuilt(ILogger logger, QueueRole role, string departmentId, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue projection {Role} {DepartmentId} could not read the request index after {ElapsedMs} ms; the next call reads it again")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception, QueueRole role, string departmentId, double elapsedMs);
}
