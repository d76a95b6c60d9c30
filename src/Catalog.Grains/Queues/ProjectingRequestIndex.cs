using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The silo's <see cref="IRequestIndex"/> when queues are projected: writes go to the stored index first, then to
/// the two queues' projection grains (provider and client), so a projection never shows what is not stored, and a
/// failure reaches the request's fan-out, which retries the whole upsert. Listings come from the projections.
/// Pending deadlines are the stored index's (monitors reload from it).
/// </summary>
public sealed class ProjectingRequestIndex(IRequestIndex inner, IGrainFactory grains) : IRequestIndex
{
    /// <inheritdoc />
    public async Task UpsertAsync(RequestSummary summary, IReadOnlyList<SlaDeadline> pendingDeadlines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await inner.UpsertAsync(summary, pendingDeadlines, cancellationToken);
        await Task.WhenAll(
            grains.GetQueueProjection(QueueRole.Provider, summary.ProviderDepartmentId).ApplyAsync(summary),
            grains.GetQueueProjection(QueueRole.Client, summary.ClientDepartmentId).ApplyAsync(summary));
    }

    /// <inheritdoc />
    public async Task RemoveProviderRowAsync(string providerDepartmentId, string requestId, CancellationToken cancellationToken = default)
    {
        await inner.RemoveProviderRowAsync(providerDepartmentId, requestId, cancellationToken);
        await grains.GetQueueProjection(QueueRole.Provider, providerDepartmentId).RemoveAsync(requestId);
    }

    /// <inheritdoc />
    public Task<QueuePage> QueryAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return grains.GetQueueProjection(query.Role, query.DepartmentId).ListAsync(query);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<(string RequestId, IReadOnlyList<SlaDeadline> Deadlines)> ListPendingAsync(
        string providerDepartmentId, CancellationToken cancellationToken = default) =>
        inner.ListPendingAsync(providerDepartmentId, cancellationToken);
}
