namespace Catalog.Catalogue;

/// <summary>
/// A provider department as defined: id (lowercase slug, e.g. "it"), bilingual name and the IANA time zone its
/// business hours are counted in. Also the stored definition, so its ids never change.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.DepartmentDraft")]
public sealed record DepartmentDraft(
    [property: Id(0)] string Id,
    [property: Id(1)] LocalizedText Name,
    [property: Id(2)] string TimeZone);
