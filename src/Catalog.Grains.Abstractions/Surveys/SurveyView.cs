using Catalog.Catalogue;
using Catalog.Domain.Surveys;

namespace Catalog.Surveys;

/// <summary>A request's survey: whether it was offered, skipped (and why) or answered, with the answer.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Status">None (never resolved), Offered, Answered or Skipped.</param>
/// <param name="SkipReason">Why it was skipped.</param>
/// <param name="Question">The question asked, in French and English.</param>
/// <param name="Title">The request's title.</param>
/// <param name="ServiceId">The request's service.</param>
/// <param name="ServiceName">Its name.</param>
/// <param name="ProviderDepartmentId">The department that resolved it.</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="Requester">The person asked.</param>
/// <param name="ResolvedBy">The agent who resolved it.</param>
/// <param name="DecidedAt">When the survey was offered or skipped.</param>
/// <param name="Score">The answer's score.</param>
/// <param name="Comment">The answer's comment (left out for readers who may not read it).</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="NextAllowedAt">For a skipped survey: from when the requester may be offered another.</param>
/// <param name="CanAnswer">Whether the reader may answer it now (set by the web tier for its reader).</param>
[GenerateSerializer, Immutable, Alias("catalog.SurveyView")]
public sealed record SurveyView(
    [property: Id(0)] string RequestId,
    [property: Id(1)] SurveyStatus Status,
    [property: Id(2)] SurveySkipReason? SkipReason,
    [property: Id(3)] LocalizedText Question,
    [property: Id(4)] string? Title,
    [property: Id(5)] string? ServiceId,
    [property: Id(6)] LocalizedText? ServiceName,
    [property: Id(7)] string? ProviderDepartmentId,
    [property: Id(8)] string? ClientDepartmentId,
    [property: Id(9)] string? Requester,
    [property: Id(10)] string? ResolvedBy,
    [property: Id(11)] DateTimeOffset? DecidedAt,
    [property: Id(12)] int? Score,
    [property: Id(13)] string? Comment,
    [property: Id(14)] DateTimeOffset? AnsweredAt,
    [property: Id(15)] DateTimeOffset? NextAllowedAt,
    [property: Id(16)] bool CanAnswer = false)
{
    /// <summary>The question every survey asks.</summary>
    public static LocalizedText StandardQuestion { get; } = new(
        "Dans l'ensemble, êtes-vous satisfait du service reçu pour cette demande ?",
        "Overall, how satisfied are you with the service you received for this request?");
}
