using Catalog.Requests;
using Orleans.Streams;

namespace Catalog.Grains.Requests.Events;

/// <summary>
/// Publishes request events on the organisation's live stream: provider <see cref="StreamNames.Live"/>, namespace
/// <see cref="StreamNames.RequestsNamespace"/>, key <see cref="StreamNames.OrganisationKey"/>. Uses the silo's
/// <see cref="IClusterClient"/>, whose stream providers work from any grain.
/// </summary>
internal sealed class StreamRequestEventPublisher(IClusterClient client) : IRequestEventPublisher
{
    private IAsyncStream<IRequestEvent>? stream;

    /// <summary>The stream every event goes to.</summary>
    public static StreamId StreamId { get; } = StreamId.Create(StreamNames.RequestsNamespace, StreamNames.OrganisationKey);

    // Resolved on first use: the stream provider is not ready while the silo is still being built.
    private IAsyncStream<IRequestEvent> Stream =>
        stream ??= client.GetStreamProvider(StreamNames.Live).GetStream<IRequestEvent>(StreamId);

    /// <inheritdoc />
    public Task PublishAsync(IRequestEvent requestEvent)
    {
        ArgumentNullException.ThrowIfNull(requestEvent);
        return Stream.OnNextAsync(requestEvent);
    }
}
