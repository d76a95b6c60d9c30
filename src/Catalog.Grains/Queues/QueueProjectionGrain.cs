using System.Diagnostics;
using Catalog.Errors;
using Catalog.Queues;
using Catalog.Requests;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Queues;

/// <summary>
/// Holds one queue in memory in queue order (<see cref="QueueProjection"/>). On activation it reads the queue's
/// partition of the stored index once; afterwards <see cref="ProjectingRequestIndex"/> hands it each row the index
/// stores, after storing it, so the projection holds exactly what is stored. Kept alive: a rebuild is a partition
/// scan, which a read must not wait for.
/// </summary>
[GrainType(QueueGrainTypes.Projection)]
[KeepAlive]
public sealed partial class QueueProjectionGrain(QueueProjectionSource source, ILogger<QueueProjectionGrain> logger)
    : Grain, IQueueProjectionGrain
{
    private readonly QueueProjection projection = new();
    private QueueRole role;
    private string departmentId = string.Empty;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (role, departmentId) = QueueProjectionKeys.Parse(this.GetPrimaryKeyString());
        var started = Stopwatch.GetTimestamp();

        // One partition scan, every row: the stored index sorts it, the projection keeps it sorted from here on.
        var all = await source.Index.QueryAsync(new QueueQuery(role, departmentId, Limit: int.MaxValue), cancellationToken);
        foreach (var row in all.Items)
        {
            projection.Apply(row);
        }

        LogRebuilt(logger, role, departmentId, projection.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <inheritdoc />
    public Task ApplyAsync(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        projection.Apply(summary);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string requestId)
    {
        projection.Remove(requestId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<QueuePage> ListAsync(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(projection.Query(query, After(query)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PairFigures>> FiguresAsync(DateTimeOffset? filedSince) =>
        Task.FromResult(projection.Figures(filedSince));

    /// <inheritdoc />
    public Task<int> CountAsync() => Task.FromResult(projection.Count);

    /// <summary>The place a page starts after; a cursor that is not one is the caller's mistake (400).</summary>
    internal static QueueKey? After(QueueQuery query) =>
        query.After is null ? null
        : QueueCursor.TryRead(query.After, out var key) ? key
        : throw new CatalogValidationException("after", "Not a cursor of this listing: pass the 'next' of the page before.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue projection {Role} {DepartmentId} rebuilt from the request index: {Count} requests in {ElapsedMs} ms")]
    private static partial void LogRebuilt(ILogger logger, QueueRole role, string departmentId, int count, double elapsedMs);
}
