namespace Catalog.Surveys;

/// <summary>A comment left with an answer, as the figures show it (to readers who may read it).</summary>
[GenerateSerializer, Immutable, Alias("catalog.SatisfactionComment")]
public sealed record SatisfactionComment(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] int Score,
    [property: Id(5)] string Comment,
    [property: Id(6)] DateTimeOffset AnsweredAt);
