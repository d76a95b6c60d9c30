namespace Catalog.Catalogue;

/// <summary>
/// A search of the catalogue. Every filter is optional; retired services are hidden unless asked for. Entries are
/// visible to the departments allowed to request them: unless <see cref="ViewerSeesAll"/>, a service restricted to
/// some departments is found only by the viewer of its provider department or of one of those departments (the rule
/// of <see cref="Domain.Access.AccessPolicy.CanSeeService"/>), and a viewer without a department sees only the
/// services open to every department.
/// </summary>
/// <param name="Text">Words to find in the id, names and descriptions (case and accents ignored).</param>
/// <param name="DepartmentId">Only the services this department provides.</param>
/// <param name="Category">Only the services of this category.</param>
/// <param name="IncludeRetired">Also the retired services.</param>
/// <param name="Language">The language the results are sorted in ("fr" or "en").</param>
/// <param name="ViewerDepartmentId">The department of whoever searches, or null when they have none.</param>
/// <param name="ViewerSeesAll">
/// Whoever searches sees every entry whatever its eligible departments: a catalogue administrator, an auditor, or
/// Catalog itself (demo seeding, start-up).
/// </param>
[GenerateSerializer, Immutable, Alias("catalog.CatalogueQuery")]
public sealed record CatalogueQuery(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] string? DepartmentId = null,
    [property: Id(2)] string? Category = null,
    [property: Id(3)] bool IncludeRetired = false,
    [property: Id(4)] string Language = CatalogueLanguage.English,
    [property: Id(5)] string? ViewerDepartmentId = null,
    [property: Id(6)] bool ViewerSeesAll = false);
