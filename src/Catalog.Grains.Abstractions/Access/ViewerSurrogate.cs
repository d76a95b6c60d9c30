using Catalog.Domain.Access;

namespace Catalog.Access;

/// <summary>
/// How a <see cref="Viewer"/> travels in grain calls: the domain stays free of Orleans, so its access rules can be
/// checked by the grain that holds the data (one call, no separate look-up first).
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.Viewer")]
public readonly struct ViewerSurrogate
{
    [Id(0)] public string UserId { get; init; }

    [Id(1)] public string? DepartmentId { get; init; }

    [Id(2)] public DepartmentRole Role { get; init; }

    [Id(3)] public bool CatalogueAdministrator { get; init; }

    [Id(4)] public bool Auditor { get; init; }
}

/// <summary>Converts <see cref="Viewer"/> to and from <see cref="ViewerSurrogate"/>.</summary>
[RegisterConverter]
public sealed class ViewerSurrogateConverter : IConverter<Viewer, ViewerSurrogate>
{
    public Viewer ConvertFromSurrogate(in ViewerSurrogate surrogate) =>
        new(surrogate.UserId, surrogate.DepartmentId, surrogate.Role, surrogate.CatalogueAdministrator, surrogate.Auditor);

    public ViewerSurrogate ConvertToSurrogate(in Viewer value) => new()
    {
        UserId = value.UserId,
        DepartmentId = value.DepartmentId,
        Role = value.Role,
        CatalogueAdministrator = value.CatalogueAdministrator,
        Auditor = value.Auditor,
    };
}
