using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>
/// The stored surveys the satisfaction figures are computed from: one record per offered survey, replaced whole
/// when answered. Written by the survey grains after their own state, so a retry converges.
/// </summary>
public interface ISurveyAnswerStore
{
    /// <summary>Stores (or replaces) the record of one offered survey.</summary>
    Task UpsertAsync(SatisfactionFact fact, CancellationToken cancellationToken = default);

    /// <summary>The surveys offered in [from, to), of one provider department or (null) all, in no particular order.</summary>
    Task<IReadOnlyList<SatisfactionFact>> QueryAsync(string? providerDepartmentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
