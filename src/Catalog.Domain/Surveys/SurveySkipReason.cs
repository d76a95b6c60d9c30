namespace Catalog.Domain.Surveys;

/// <summary>Why a resolved request got no survey. Stored as numbers: never renumber.</summary>
public enum SurveySkipReason
{
    /// <summary>The requester was offered another survey less than the minimum interval before (survey fatigue).</summary>
    RecentSurvey = 0,
}
