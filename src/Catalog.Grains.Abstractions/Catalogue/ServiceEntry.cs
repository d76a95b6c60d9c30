namespace Catalog.Catalogue;

/// <summary>
/// One version of a service. Versions are never rewritten: a request keeps the version it was filed under, so a
/// change applies to new requests only. <see cref="Retired"/> tells whether the service is retired now.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.ServiceEntry")]
public sealed record ServiceEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] string DepartmentId,
    [property: Id(3)] string Category,
    [property: Id(4)] LocalizedText Name,
    [property: Id(5)] LocalizedText Description,
    [property: Id(6)] Target Turnaround,
    [property: Id(7)] Cost Cost,
    [property: Id(8)] bool Retired,
    [property: Id(9)] IReadOnlyList<LocalizedText> Steps,
    [property: Id(10)] IReadOnlyList<LocalizedText> Equipment,
    [property: Id(11)] IReadOnlyList<LocalizedText> ClientSupplies,
    [property: Id(12)] IReadOnlyList<string> EligibleDepartments,
    [property: Id(13)] IReadOnlyList<ServiceStandard> Standards,
    [property: Id(14)] DateTimeOffset ChangedAt,
    [property: Id(15)] string? ChangeNote)
{
    /// <summary>
    /// The part of this version the catalogue index keeps. The eligible departments are copied into a plain array:
    /// the storage serializer records runtime types and may not load back a compiler-made list.
    /// </summary>
    public ServiceSummary ToSummary() =>
        new(Id, Version, DepartmentId, Category, Name, Description, Turnaround, Cost, Retired, EligibleDepartments.ToArray());
}
