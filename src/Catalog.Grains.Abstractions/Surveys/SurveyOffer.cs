using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Surveys;

/// <summary>What a resolved request tells its survey (<see cref="ISurveyGrain.OfferAsync"/>).</summary>
/// <param name="RequestId">The request (also the survey grain's key).</param>
/// <param name="ServiceId">Its service.</param>
/// <param name="ServiceName">Its service's name, FR/EN, as the request shows it.</param>
/// <param name="ProviderDepartmentId">The department that resolved it.</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="Requester">Who filed it: the person asked.</param>
/// <param name="ResolvedBy">The agent who resolved it.</param>
/// <param name="ResolvedAt">When it was resolved (the fatigue rule counts from offer to offer at these instants).</param>
/// <param name="Title">The request's title, shown with the survey.</param>
[GenerateSerializer, Immutable, Alias("catalog.SurveyOffer")]
public sealed record SurveyOffer(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] LocalizedText ServiceName,
    [property: Id(3)] string ProviderDepartmentId,
    [property: Id(4)] string ClientDepartmentId,
    [property: Id(5)] string Requester,
    [property: Id(6)] string ResolvedBy,
    [property: Id(7)] DateTimeOffset ResolvedAt,
    [property: Id(8)] string Title = "")
{
    /// <summary>
    /// The offer of a request just resolved by <paramref name="resolvedBy"/> at <paramref name="resolvedAt"/>: what the
    /// request grain passes to <see cref="ISurveyGrain.OfferAsync"/> after each resolve is stored.
    /// </summary>
    public static SurveyOffer ForResolved(RequestView request, string resolvedBy, DateTimeOffset resolvedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SurveyOffer(
            request.Id,
            request.ServiceId,
            request.ServiceName,
            request.ProviderDepartmentId,
            request.ClientDepartmentId,
            request.Requester,
            resolvedBy,
            resolvedAt,
            request.Title);
    }
}
