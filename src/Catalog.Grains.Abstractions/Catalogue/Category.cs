namespace Catalog.Catalogue;

/// <summary>A category of services, from the fixed list in <see cref="Categories"/>.</summary>
[GenerateSerializer, Immutable, Alias("catalog.Category")]
public sealed record Category([property: Id(0)] string Id, [property: Id(1)] LocalizedText Name);
