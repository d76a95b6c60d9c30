using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Grains.Requests.Queries;

/// <summary>Tells the silo's current instant and clock speed (stateless, any key).</summary>
[GrainType(SlaMonitorGrainTypes.Clock)]
[StatelessWorker]
public sealed class ClockGrain(CatalogClock clock) : Grain, IClockGrain
{
    /// <inheritdoc />
    public Task<ClockStatus> GetAsync() =>
        Task.FromResult(new ClockStatus(clock.GetUtcNow(), clock.Speed));
}
