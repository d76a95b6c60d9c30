namespace Catalog.Surveys;

/// <summary>Which surveys the satisfaction figures count: those offered in [From, To), of one provider or all.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SatisfactionQuery")]
public sealed record SatisfactionQuery(
    [property: Id(0)] string? ProviderDepartmentId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To);
