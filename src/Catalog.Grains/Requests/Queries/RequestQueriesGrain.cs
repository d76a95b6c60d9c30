using Catalog.Errors;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Grains.Requests.Queries;

/// <summary>
/// Answers queue listings from the request index, never from request grains. Stateless: Orleans runs as many
/// activations per silo as the load needs.
/// </summary>
[GrainType(SlaMonitorGrainTypes.Queries)]
[StatelessWorker]
public sealed class RequestQueriesGrain(IRequestIndex index) : Grain, IRequestQueriesGrain
{
    /// <summary>The largest page a listing returns.</summary>
    public const int MaxLimit = 1000;

    /// <inheritdoc />
    public Task<QueuePage> ListAsync(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.DepartmentId))
        {
            throw new CatalogValidationException("departmentId", "A department is required.");
        }

        if (query.Limit is < 1 or > MaxLimit)
        {
            throw new CatalogValidationException("limit", $"Must be between 1 and {MaxLimit}.");
        }

        return index.QueryAsync(query);
    }
}
