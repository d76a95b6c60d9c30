using Catalog.Errors;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Queues;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Grains.Requests.Queries;

/// <summary>
/// Answers queue listings and the board's figures from the request index, never from request grains: from the
/// queue projections in memory when the silo has them (<see cref="QueueProjectionSiloBuilderExtensions.AddQueueProjections"/>),
/// else from a scan of the index (grain tests). Stateless: Orleans runs as many activations per silo as the load needs.
/// </summary>
[GrainType(SlaMonitorGrainTypes.Queries)]
[StatelessWorker]
public sealed class RequestQueriesGrain(IRequestIndex index) : Grain, IRequestQueriesGrain
{
    /// <summary>The largest page a listing returns.</summary>
    public const int MaxLimit = 1000;

    /// <inheritdoc />
    public async Task<QueuePage> ListAsync(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        RequireDepartment(query.DepartmentId);
        if (query.Limit is < 1 or > MaxLimit)
        {
            throw new CatalogValidationException("limit", $"Must be between 1 and {MaxLimit}.");
        }

        var after = QueueProjectionGrain.After(query);
        if (index is ProjectingRequestIndex)
        {
            return await index.QueryAsync(query);
        }

        var all = await index.QueryAsync(query with { Limit = int.MaxValue, After = null });
        return QueuePaging.Page(all.Items, query, after);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PairFigures>> FiguresAsync(QueueRole role, string departmentId, DateTimeOffset? filedSince)
    {
        RequireDepartment(departmentId);
        if (index is ProjectingRequestIndex)
        {
            return await GrainFactory.GetQueueProjection(role, departmentId).FiguresAsync(filedSince);
        }

        var all = await index.QueryAsync(new QueueQuery(role, departmentId, Limit: int.MaxValue));
        return QueueFiguresCount.Of(all.Items, filedSince);
    }

    private static void RequireDepartment(string? departmentId)
    {
        if (string.IsNullOrWhiteSpace(departmentId))
        {
            throw new CatalogValidationException("departmentId", "A department is required.");
        }
    }
}
