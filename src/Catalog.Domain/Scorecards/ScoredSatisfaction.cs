namespace Catalog.Domain.Scorecards;

/// <summary>One answered satisfaction survey.</summary>
/// <param name="Score">1 (very dissatisfied) to 5 (very satisfied).</param>
public sealed record ScoredSatisfaction(
    string RequestId, string ServiceId, string ProviderDepartmentId, string ClientDepartmentId, int Score, DateTimeOffset AnsweredAt);
