namespace Catalog.Catalogue;

/// <summary>A department as listed: its definition and how many active services it provides.</summary>
[GenerateSerializer, Immutable, Alias("catalog.Department")]
public sealed record Department(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Name,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] int ServiceCount);
