using Catalog.Domain.Access;

namespace Catalog.Domain.Complaints;

/// <summary>
/// Who may see and do what with complaints, in one place.
/// <list type="bullet">
/// <item>File: about a request, anyone of its client department; about a service, anyone placed in a department who
/// may see the service (the client department is theirs).</item>
/// <item>See: the provider's agents, managers and head its complaints; the complaints officers, auditors and catalogue
/// administrators all; the person who filed one, theirs.</item>
/// <item>Work (acknowledge, answer, resolve): whoever holds the complaint's level or a higher one: agents (level
/// Agent) and managers (up to Manager) of the provider, its head (up to DepartmentHead), the officers (any level).
/// Once it passed a level, that level's people may only read it.</item>
/// <item>The standard: managers of the department and catalogue administrators change it; anyone reads it.</item>
/// <item>Officers and heads: catalogue administrators designate them.</item>
/// <item>The report: managers and heads for their department; officers, auditors and administrators for all.</item>
/// </list>
/// </summary>
public static class ComplaintAccess
{
    /// <summary>Whether <paramref name="viewer"/> sees every department's complaints and figures.</summary>
    public static bool SeesAll(Viewer viewer, ComplaintRoles roles) =>
        viewer.Auditor || viewer.CatalogueAdministrator || roles.IsOfficer(viewer.UserId);

    /// <summary>Whether <paramref name="viewer"/> may see a complaint about <paramref name="providerDepartmentId"/> filed by <paramref name="filedBy"/>.</summary>
    public static bool CanSee(Viewer viewer, ComplaintRoles roles, string providerDepartmentId, string filedBy) =>
        SeesAll(viewer, roles)
        || viewer.Has(DepartmentRole.Agent, providerDepartmentId)
        || roles.IsHead(viewer.UserId, providerDepartmentId)
        || string.Equals(viewer.UserId, filedBy, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="viewer"/> sees the complaints of a whole provider department (not only their own).</summary>
    public static bool SeesDepartment(Viewer viewer, ComplaintRoles roles, string providerDepartmentId) =>
        SeesAll(viewer, roles) || viewer.Has(DepartmentRole.Agent, providerDepartmentId) || roles.IsHead(viewer.UserId, providerDepartmentId);

    /// <summary>The highest level <paramref name="viewer"/> may work complaints of <paramref name="providerDepartmentId"/> at, or null.</summary>
    public static ComplaintLevel? HighestLevel(Viewer viewer, ComplaintRoles roles, string providerDepartmentId) =>
        roles.IsOfficer(viewer.UserId) ? ComplaintLevel.ComplaintsOfficer
        : roles.IsHead(viewer.UserId, providerDepartmentId) ? ComplaintLevel.DepartmentHead
        : viewer.Has(DepartmentRole.Manager, providerDepartmentId) ? ComplaintLevel.Manager
        : viewer.Has(DepartmentRole.Agent, providerDepartmentId) ? ComplaintLevel.Agent
        : null;

    /// <summary>Whether <paramref name="viewer"/> may work a complaint of <paramref name="providerDepartmentId"/> held at <paramref name="level"/>.</summary>
    public static bool CanWork(Viewer viewer, ComplaintRoles roles, string providerDepartmentId, ComplaintLevel level) =>
        HighestLevel(viewer, roles, providerDepartmentId) is { } highest && highest >= level;

    /// <summary>Whether <paramref name="viewer"/> may complain about a request of <paramref name="clientDepartmentId"/>.</summary>
    public static bool CanComplainAboutRequest(Viewer viewer, string clientDepartmentId) => viewer.IsIn(clientDepartmentId);

    /// <summary>Whether <paramref name="viewer"/> may change the complaint standard of <paramref name="departmentId"/>.</summary>
    public static bool CanSetStandard(Viewer viewer, string departmentId) => AccessPolicy.CanManage(viewer, departmentId);

    /// <summary>Whether <paramref name="viewer"/> may designate complaints officers and department heads.</summary>
    public static bool CanDesignate(Viewer viewer) => viewer.CatalogueAdministrator;

    /// <summary>Whether <paramref name="viewer"/> may read the complaints report of <paramref name="providerDepartmentId"/>.</summary>
    public static bool CanReadReport(Viewer viewer, ComplaintRoles roles, string providerDepartmentId) =>
        SeesAll(viewer, roles)
        || viewer.Has(DepartmentRole.Manager, providerDepartmentId)
        || roles.IsHead(viewer.UserId, providerDepartmentId);

    /// <summary>Whether <paramref name="viewer"/> may read the complaints report of at least one department.</summary>
    public static bool CanReadAnyReport(Viewer viewer, ComplaintRoles roles) =>
        SeesAll(viewer, roles) || viewer.Role == DepartmentRole.Manager && viewer.DepartmentId is not null || roles.IsAnyHead(viewer.UserId);
}
