using Catalog.Domain.Access;
using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>
/// A survey's answer given in the past (the demo's weeks of history), under the same rules as a live answer, so the
/// satisfaction figures fall in the right weeks. Only the silo reaches it: it is not in the contracts the web tier
/// references, and the answer is not in the audit trail (which records what people did in Catalog).
/// </summary>
public interface ISurveyHistoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records <paramref name="viewer"/>'s answer as of <paramref name="at"/> (not after Catalog's now, not before the
    /// offer); a survey already answered is returned as it stands, so a replay answers nothing twice.
    /// </summary>
    Task<SurveyView> AnswerAtAsync(Viewer viewer, SurveyAnswer answer, DateTimeOffset at);
}
