namespace Catalog.Catalogue;

/// <summary>A search of the catalogue. Every filter is optional; retired services are hidden unless asked for.</summary>
[GenerateSerializer, Immutable, Alias("catalog.CatalogueQuery")]
public sealed record CatalogueQuery(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] string? DepartmentId = null,
    [property: Id(2)] string? Category = null,
    [property: Id(3)] bool IncludeRetired = false,
    [property: Id(4)] string Language = CatalogueLanguage.English);
