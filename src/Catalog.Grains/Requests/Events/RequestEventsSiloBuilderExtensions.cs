using Catalog.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Grains.Requests.Events;

/// <summary>Registers the live event stream of requests.</summary>
public static class RequestEventsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the memory stream provider <see cref="StreamNames.Live"/> and the publisher request grains use (unless
    /// one is registered already, e.g. a test's). The stream's subscriptions live in the grain storage named
    /// <see cref="StorageNames.PubSub"/>, which the host provides.
    /// </summary>
    public static ISiloBuilder AddRequestEvents(this ISiloBuilder silo)
    {
        // The pulling agents look for new events every 20 ms instead of Orleans' 100 ms: the live board's latency
        // budget (200 ms p95 from grain to browser) cannot spare an average 50 ms wait here.
        silo.AddMemoryStreams(StreamNames.Live, stream => stream.ConfigurePullingAgent(agent =>
            agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20))));
        silo.Services.TryAddSingleton<IRequestEventPublisher, StreamRequestEventPublisher>();
        return silo;
    }
}
