using Catalog.Domain.Requests;
using Catalog.Queues;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Grains.Queues;

/// <summary>
/// One queue held in memory (<see cref="QueueProjection"/>), keyed by <see cref="QueueProjectionKeys"/>: rebuilt
/// from the request index on activation, kept current by <see cref="ProjectingRequestIndex"/> after each index
/// write. Only the silo reaches it: the web tier reads queues through <see cref="IRequestQueriesGrain"/>.
/// </summary>
public interface IQueueProjectionGrain : IGrainWithStringKey
{
    /// <summary>Puts the request's stored summary in the queue (replacing its row).</summary>
    Task ApplyAsync(RequestSummary summary);

    /// <summary>Takes a request out of the queue (it was transferred away).</summary>
    Task RemoveAsync(string requestId);

    /// <summary>A page of the queue (the query's role and department are the grain's).</summary>
    [ReadOnly]
    Task<QueuePage> ListAsync(QueueQuery query);

    /// <summary>The board's figures of every pair in the queue, over requests filed from <paramref name="filedSince"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<PairFigures>> FiguresAsync(DateTimeOffset? filedSince);

    /// <summary>How many requests of each open status the queue holds (statuses with none left out): kept as rows change, never counted by a walk.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<RequestStatus, int>> OpenCountsAsync();

    /// <summary>How many requests the queue holds (benchmarks and tests).</summary>
    [ReadOnly]
    Task<int> CountAsync();
}
