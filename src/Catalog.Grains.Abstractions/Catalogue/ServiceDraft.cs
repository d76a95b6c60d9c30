namespace Catalog.Catalogue;

/// <summary>
/// What an author submits to create or change a service (the request body of POST and PUT). Validated by
/// <see cref="ServiceDraftValidator"/> in the web tier and again in the grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.ServiceDraft")]
public sealed record ServiceDraft(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string Category,
    [property: Id(2)] LocalizedText Name,
    [property: Id(3)] LocalizedText Description,
    [property: Id(4)] Target Turnaround,
    [property: Id(5)] Cost Cost,
    [property: Id(6)] IReadOnlyList<LocalizedText> Steps,
    [property: Id(7)] IReadOnlyList<LocalizedText> Equipment,
    [property: Id(8)] IReadOnlyList<LocalizedText> ClientSupplies,
    [property: Id(9)] IReadOnlyList<string> EligibleDepartments,
    [property: Id(10)] IReadOnlyList<ServiceStandard> Standards,
    [property: Id(11)] string? ChangeNote = null,
    [property: Id(12)] int? ExpectedVersion = null,
    [property: Id(13)] string? Id = null);
