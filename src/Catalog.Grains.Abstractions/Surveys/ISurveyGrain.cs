using Catalog.Domain.Access;

namespace Catalog.Surveys;

/// <summary>A request's satisfaction survey (key = the request id). One per request, decided at its first resolve.</summary>
public interface ISurveyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Called by the request each time it is resolved. The first call decides: offered to the requester, or skipped
    /// when they had a survey less than the minimum interval before (recorded with why); later calls (a resolve after
    /// a reopening, a retry) change nothing and return the survey as it stands. Audited; an offer is pushed live.
    /// </summary>
    Task<SurveyView> OfferAsync(SurveyOffer offer);

    /// <summary>The survey as it stands (status None when never resolved).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<SurveyView> GetAsync();

    /// <summary>
    /// Records <paramref name="viewer"/>'s answer: CatalogForbiddenException unless they are the requester,
    /// CatalogConflictException when not offered or answered already, CatalogValidationException for a bad score or
    /// comment. Audited; the answer is stored for the satisfaction figures.
    /// </summary>
    Task<SurveyView> AnswerAsync(Viewer viewer, SurveyAnswer answer);
}
