using Orleans.Concurrency;

namespace Catalog.Requests;

/// <summary>
/// The silo's clock (any key; use 0): what "now" is for SLA clocks, and how fast it runs (1 = real time; more on an
/// accelerated demo clock). Pages show live clocks from it.
/// </summary>
public interface IClockGrain : IGrainWithIntegerKey
{
    /// <summary>The current instant and speed.</summary>
    [ReadOnly]
    Task<ClockStatus> GetAsync();
}
