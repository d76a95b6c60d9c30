using Catalog.Requests;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>Calls <see cref="IRequestGrain.CheckDeadlinesAsync"/>: the checker of every silo.</summary>
internal sealed class GrainRequestDeadlineChecker(IGrainFactory grains) : IRequestDeadlineChecker
{
    public Task CheckAsync(string requestId) => grains.GetRequest(requestId).CheckDeadlinesAsync();
}
