using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>Publishes request and SLA events on the live stream (see <see cref="StreamNames"/>).</summary>
public interface IRequestEventPublisher
{
    /// <summary>Publishes one event; the request grain calls it after the state that caused it is stored.</summary>
    Task PublishAsync(IRequestEvent requestEvent);
}
