namespace Catalog.Catalogue;

/// <summary>What the catalogue index keeps of a service's current version: enough to list, search and filter.</summary>
/// <remarks>
/// <see cref="EligibleDepartments"/> came later than the other fields: a summary stored before it is null until the
/// service is next written, and null reads as "every department".
/// </remarks>
[GenerateSerializer, Immutable, Alias("catalog.ServiceSummary")]
public sealed record ServiceSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] string DepartmentId,
    [property: Id(3)] string Category,
    [property: Id(4)] LocalizedText Name,
    [property: Id(5)] LocalizedText Description,
    [property: Id(6)] Target Turnaround,
    [property: Id(7)] Cost Cost,
    [property: Id(8)] bool Retired,
    [property: Id(9)] IReadOnlyList<string>? EligibleDepartments = null);
