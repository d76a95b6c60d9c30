namespace Catalog.Domain.Surveys;

/// <summary>
/// One survey per request: the decision (offer or skip) is taken at the request's first resolve and never again,
/// so a request reopened and resolved again keeps its survey (answered or not) and a skipped one stays skipped.
/// An offered survey takes one answer; a second is refused.
/// </summary>
public static class SurveyLifecycle
{
    /// <summary>Whether a resolve of a request whose survey is <paramref name="current"/> takes the survey decision.</summary>
    public static bool DecidesOnResolve(SurveyStatus current) => current == SurveyStatus.None;

    /// <summary>Why a survey in <paramref name="current"/> cannot take an answer, or null when it can.</summary>
    public static string? AnswerRefusal(SurveyStatus current) => current switch
    {
        SurveyStatus.Offered => null,
        SurveyStatus.Answered => "This survey was answered already: a survey takes one answer.",
        SurveyStatus.Skipped => "No survey was offered for this request: its requester had another one less than a week before.",
        _ => "No survey was offered for this request: surveys are offered when a request is resolved.",
    };
}
