namespace Catalog.Domain.Access;

/// <summary>
/// A signed-in person as the access rules see them: a department and a role in it, plus the two organisation-wide
/// roles. <see cref="DepartmentId"/> is null for someone the directory does not place in any department: they may
/// read the catalogue's public entries and nothing else.
/// </summary>
/// <param name="UserId">Who it is (the sign-in's user id).</param>
/// <param name="DepartmentId">Their department, or null.</param>
/// <param name="Role">Their role in it.</param>
/// <param name="CatalogueAdministrator">Edits every department's catalogue entries, agreements and calendars, adds departments and assigns any role.</param>
/// <param name="Auditor">Reads everything (requests, queues, the board, the audit trail) and changes nothing.</param>
public sealed record Viewer(
    string UserId,
    string? DepartmentId,
    DepartmentRole Role,
    bool CatalogueAdministrator = false,
    bool Auditor = false)
{
    /// <summary>Whether the viewer belongs to <paramref name="departmentId"/>.</summary>
    public bool IsIn(string departmentId) => DepartmentId is not null && string.Equals(DepartmentId, departmentId, StringComparison.Ordinal);

    /// <summary>Whether the viewer has at least <paramref name="role"/> in <paramref name="departmentId"/>.</summary>
    public bool Has(DepartmentRole role, string departmentId) => IsIn(departmentId) && Role >= role;
}
