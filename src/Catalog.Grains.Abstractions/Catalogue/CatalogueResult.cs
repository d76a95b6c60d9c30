namespace Catalog.Catalogue;

/// <summary>The services matching a query, sorted by name in the query's language.</summary>
[GenerateSerializer, Immutable, Alias("catalog.CatalogueResult")]
public sealed record CatalogueResult(
    [property: Id(0)] IReadOnlyList<ServiceSummary> Items,
    [property: Id(1)] int Total);
