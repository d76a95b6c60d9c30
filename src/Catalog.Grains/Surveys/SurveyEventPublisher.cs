using Catalog.Requests;
using Catalog.Surveys;
using Orleans.Streams;

namespace Catalog.Grains.Surveys;

/// <summary>
/// Publishes survey offers on the live stream provider (<see cref="StreamNames.Live"/>), namespace
/// <see cref="SurveyStreamNames.Namespace"/>: the web tier relays each to its requester's open pages.
/// </summary>
public sealed class SurveyEventPublisher(IClusterClient client)
{
    private IAsyncStream<SurveyOffered>? stream;

    // Resolved on first use: the stream provider is not ready while the silo is still being built.
    private IAsyncStream<SurveyOffered> Stream => stream ??= client.GetStreamProvider(StreamNames.Live)
        .GetStream<SurveyOffered>(StreamId.Create(SurveyStreamNames.Namespace, SurveyStreamNames.OrganisationKey));

    /// <summary>Publishes one offer.</summary>
    public Task PublishAsync(SurveyOffered offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        return Stream.OnNextAsync(offered);
    }
}
