using Catalog.Queues;
using Orleans.Concurrency;
namespace Catalog.Requests;

/// <summary>Reads queues from the request index, never from request grains (stateless; any key).</summary>
public interface IRequestQueriesGrain : IGrainWithIntegerKey
{
    /// <summary>A filtered queue, sorted by what breaches first; a page of it from <see cref="QueueQuery.After"/>.</summary>
    [ReadOnly]
    Task<QueuePage> ListAsync(QueueQuery query);

    /// <summary>
    /// The board's figures of a department's queue in <paramref name="role"/>, one per counterpart department, over
    /// the requests filed from <paramref name="filedSince"/> (every request when null). Counted over every row of
    /// the queue, however many.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<PairFigures>> FiguresAsync(QueueRole role, string departmentId, DateTimeOffset? filedSince);
}
