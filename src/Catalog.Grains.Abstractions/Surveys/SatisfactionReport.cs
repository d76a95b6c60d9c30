namespace Catalog.Surveys;

/// <summary>The satisfaction of a period: overall, per service, per team and per department pair, with the comments.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SatisfactionReport")]
public sealed record SatisfactionReport(
    [property: Id(0)] string? ProviderDepartmentId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] SatisfactionGroup Overall,
    [property: Id(4)] SatisfactionGroup[] ByService,
    [property: Id(5)] SatisfactionGroup[] ByTeam,
    [property: Id(6)] SatisfactionGroup[] ByPair,
    [property: Id(7)] SatisfactionComment[] Comments);
