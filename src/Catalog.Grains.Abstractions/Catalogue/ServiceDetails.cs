namespace Catalog.Catalogue;

/// <summary>A service with its whole history: the current version and every version, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ServiceDetails")]
public sealed record ServiceDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] bool Retired,
    [property: Id(2)] DateTimeOffset? RetiredAt,
    [property: Id(3)] ServiceEntry Current,
    [property: Id(4)] IReadOnlyList<ServiceEntry> Versions);
