namespace Catalog.Grains.Surveys;

/// <summary>
/// What the audit trail records of surveys, on the request they belong to (entity type request, id the request's):
/// an auditor finds a request's survey with its history. Stored: never rename.
/// </summary>
internal static class SurveyAuditActions
{
    /// <summary>A survey was offered to the requester.</summary>
    public const string Offered = "SurveyOffered";

    /// <summary>No survey was offered (survey fatigue), with why.</summary>
    public const string Skipped = "SurveySkipped";

    /// <summary>The requester answered.</summary>
    public const string Answered = "SurveyAnswered";
}
