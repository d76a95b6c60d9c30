using Catalog.Domain.Access;

namespace Catalog.Access;

/// <summary>A person in Catalog's directory: their department, their role in it, and any organisation-wide roles.</summary>
/// <param name="Id">The sign-in's user id: the OpenID Connect subject or preferred user name, lowercase ("it.agent", "marie.tremblay@example.org").</param>
/// <param name="DisplayName">The name shown on requests and in the audit trail.</param>
/// <param name="DepartmentId">Their department.</param>
/// <param name="Role">Their role in it.</param>
/// <param name="CatalogueAdministrator">Edits every department's catalogue entries, agreements and calendars; adds departments; assigns any role.</param>
/// <param name="Auditor">Reads everything, including the audit trail, and changes nothing.</param>
[GenerateSerializer, Immutable, Alias("catalog.CatalogUser")]
public sealed record CatalogUser(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string DepartmentId,
    [property: Id(3)] DepartmentRole Role,
    [property: Id(4)] bool CatalogueAdministrator = false,
    [property: Id(5)] bool Auditor = false)
{
    /// <summary>The person as the access rules see them.</summary>
    public Viewer ToViewer() => new(Id, DepartmentId, Role, CatalogueAdministrator, Auditor);
}
