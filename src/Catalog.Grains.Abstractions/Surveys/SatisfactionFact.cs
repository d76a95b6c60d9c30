namespace Catalog.Surveys;

/// <summary>
/// One offered survey as stored for the figures (the scorecards fold these in): its request, service, departments,
/// the team that resolved it (its provider department) and the agent, and the answer once given.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.SatisfactionFact")]
public sealed record SatisfactionFact(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] string Team,
    [property: Id(5)] string ResolvedBy,
    [property: Id(6)] DateTimeOffset OfferedAt,
    [property: Id(7)] int? Score,
    [property: Id(8)] DateTimeOffset? AnsweredAt,
    [property: Id(9)] string? Comment,
    [property: Id(10)] string Requester);
