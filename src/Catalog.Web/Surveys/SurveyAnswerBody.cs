namespace Catalog.Web.Surveys;

/// <summary>The body of POST /api/requests/{id}/survey.</summary>
/// <param name="Score">1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="Comment">Optional, at most 2000 characters.</param>
public sealed record SurveyAnswerBody(int? Score, string? Comment);
