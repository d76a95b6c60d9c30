using Catalog.Catalogue;

namespace Catalog.Surveys;

/// <summary>A survey offered to a person and not answered yet, as their "surveys waiting" list shows it.</summary>
[GenerateSerializer, Immutable, Alias("catalog.WaitingSurvey")]
public sealed record WaitingSurvey(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Title,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] LocalizedText ServiceName,
    [property: Id(4)] string ProviderDepartmentId,
    [property: Id(5)] DateTimeOffset OfferedAt);
