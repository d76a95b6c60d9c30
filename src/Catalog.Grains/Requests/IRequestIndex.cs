using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>
/// The request index: one row per request and role (provider, client) with what a queue shows and the request's
/// pending SLA deadlines. Queues and SLA monitors read it, so neither ever activates request grains.
/// Azure Tables in the silo; in memory for grain tests.
/// </summary>
public interface IRequestIndex
{
    /// <summary>Writes the request's rows (both roles). Called by the request grain after each state write.</summary>
    Task UpsertAsync(RequestSummary summary, IReadOnlyList<SlaDeadline> pendingDeadlines, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a request's row from a provider's queue it has left (transferred to another department); nothing
    /// when there is none.
    /// </summary>
    Task RemoveProviderRowAsync(string providerDepartmentId, string requestId, CancellationToken cancellationToken = default);

    /// <summary>A filtered queue, sorted by next due instant (none last), then filing time.</summary>
    Task<QueuePage> QueryAsync(QueueQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every request of a provider department that still has pending deadlines (for a monitor's reload).</summary>
    IAsyncEnumerable<(string RequestId, IReadOnlyList<SlaDeadline> Deadlines)> ListPendingAsync(
        string providerDepartmentId, CancellationToken cancellationToken = default);
}
