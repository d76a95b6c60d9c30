using Orleans.Concurrency;
namespace Catalog.Requests;

/// <summary>Reads queues from the request index, never from request grains (stateless; any key).</summary>
public interface IRequestQueriesGrain : IGrainWithIntegerKey
{
    /// <summary>A filtered queue, sorted by what breaches first.</summary>
    [ReadOnly]
    Task<QueuePage> ListAsync(QueueQuery query);
}
