namespace Catalog.Scorecards;

/// <summary>One answered satisfaction survey, as the scorecards count it (one per request).</summary>
/// <param name="AgentId">The agent who resolved the request; null when unknown.</param>
/// <param name="Team">The agent team, when the provider has teams.</param>
/// <param name="Score">1 to 5.</param>
[GenerateSerializer, Immutable, Alias("catalog.ScorecardSatisfactionFact")]
public sealed record SatisfactionFact(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] string? AgentId,
    [property: Id(5)] string? Team,
    [property: Id(6)] int Score,
    [property: Id(7)] DateTimeOffset AnsweredAt);
