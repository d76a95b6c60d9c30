namespace Catalog.Surveys;

/// <summary>The per-person answer to "may this request's requester be surveyed?" (<see cref="IPersonSurveysGrain.DecideAsync"/>).</summary>
/// <param name="Offer">True: offer it.</param>
/// <param name="LastOfferedRequestId">The request of the person's last offered survey, when skipped for it.</param>
/// <param name="LastOfferedAt">When that survey was offered.</param>
/// <param name="NextAllowedAt">From when another may be offered, when skipped.</param>
[GenerateSerializer, Immutable, Alias("catalog.SurveyDecision")]
public sealed record SurveyDecision(
    [property: Id(0)] bool Offer,
    [property: Id(1)] string? LastOfferedRequestId,
    [property: Id(2)] DateTimeOffset? LastOfferedAt,
    [property: Id(3)] DateTimeOffset? NextAllowedAt);
