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
        silo.AddMemoryStreams(StreamNames.Live);
        silo.Services.TryAddSingleton<IRequestEventPublisher, StreamRequestEventPublisher>();
        return silo;
    }
}
