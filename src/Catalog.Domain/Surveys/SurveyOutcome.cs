namespace Catalog.Domain.Surveys;

/// <summary>
/// One offered survey as the satisfaction figures count it: where it belongs, and its score once answered.
/// Skipped surveys are not outcomes: they were never offered, so they count in no response rate.
/// </summary>
/// <param name="ServiceId">The request's service.</param>
/// <param name="ProviderDepartmentId">The department that resolved it.</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="Team">The team that resolved it (see <see cref="SatisfactionAggregation"/>).</param>
/// <param name="Score">1 to 5 once answered, null while waiting.</param>
public sealed record SurveyOutcome(string ServiceId, string ProviderDepartmentId, string ClientDepartmentId, string Team, int? Score);
