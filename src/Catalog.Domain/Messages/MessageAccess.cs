using Catalog.Domain.Access;

namespace Catalog.Domain.Messages;

/// <summary>
/// Who may use a department's standard messages: its agents and managers read them and answer from them; its
/// managers and the catalogue administrators edit them; auditors read everything. Requesters of the department,
/// and every other department, see nothing of them.
/// </summary>
public static class MessageAccess
{
    /// <summary>Whether <paramref name="viewer"/> may read the library of <paramref name="departmentId"/>.</summary>
    public static bool CanRead(Viewer viewer, string departmentId) =>
        viewer.Auditor || viewer.CatalogueAdministrator || viewer.Has(DepartmentRole.Agent, departmentId);

    /// <summary>Whether <paramref name="viewer"/> may change the library of <paramref name="departmentId"/>.</summary>
    public static bool CanEdit(Viewer viewer, string departmentId) => AccessPolicy.CanManage(viewer, departmentId);
}
