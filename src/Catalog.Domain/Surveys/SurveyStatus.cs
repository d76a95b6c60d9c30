namespace Catalog.Domain.Surveys;

/// <summary>Where a request's satisfaction survey stands. Stored as numbers: never renumber.</summary>
public enum SurveyStatus
{
    /// <summary>No survey: the request was never resolved (or the decision was not taken yet).</summary>
    None = 0,

    /// <summary>Offered to the requester, who has not answered yet.</summary>
    Offered = 1,

    /// <summary>The requester answered (once; a second answer is refused).</summary>
    Answered = 2,

    /// <summary>Not offered, and never will be for this request (see <see cref="SurveySkipReason"/>).</summary>
    Skipped = 3,
}
