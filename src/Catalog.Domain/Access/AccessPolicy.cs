using Catalog.Domain.Requests;

namespace Catalog.Domain.Access;

/// <summary>
/// Who may see and do what, in one place (the web tier asks; tests walk it). Requests are confidential to their
/// two departments: only the client department and the provider department see one, only the provider's agents
/// and managers work it, and the client acts on its own side of it (answers, withdraws, confirms, reopens).
/// Managers edit their department's catalogue, agreements and calendar; catalogue administrators edit every
/// department's; auditors read everything and change nothing.
/// </summary>
public static class AccessPolicy
{
    /// <summary>What the client department may do to a request it filed.</summary>
    private static readonly RequestAction[] ClientActions =
        [RequestAction.Comment, RequestAction.Resume, RequestAction.Cancel, RequestAction.Close, RequestAction.Reopen];

    /// <summary>Whether <paramref name="viewer"/> may see a request between these two departments.</summary>
    public static bool CanSeeRequest(Viewer viewer, string providerDepartmentId, string clientDepartmentId) =>
        viewer.Auditor || viewer.IsIn(providerDepartmentId) || viewer.IsIn(clientDepartmentId);

    /// <summary>
    /// The side <paramref name="viewer"/> acts on in a request, or null when they may not act on it: an agent or
    /// manager of the provider acts as the provider (even on a request their own department filed), anyone of the
    /// client department as the client.
    /// </summary>
    public static RequestSide? SideIn(Viewer viewer, string providerDepartmentId, string clientDepartmentId) =>
        viewer.Has(DepartmentRole.Agent, providerDepartmentId) ? RequestSide.Provider
        : viewer.IsIn(clientDepartmentId) ? RequestSide.Client
        : null;

    /// <summary>Whether <paramref name="side"/> may take <paramref name="action"/> (the request's status decides the rest).</summary>
    public static bool SideMay(RequestSide side, RequestAction action) =>
        side == RequestSide.Provider || Array.IndexOf(ClientActions, action) >= 0;

    /// <summary>The actions <paramref name="side"/> may take among <paramref name="allowed"/> (those the status allows).</summary>
    public static IReadOnlyList<RequestAction> ActionsFor(RequestSide? side, IEnumerable<RequestAction> allowed) =>
        side is { } s ? allowed.Where(a => SideMay(s, a)).ToArray() : [];

    /// <summary>Whether <paramref name="viewer"/> may file requests for <paramref name="clientDepartmentId"/>.</summary>
    public static bool CanFileFor(Viewer viewer, string clientDepartmentId) => viewer.IsIn(clientDepartmentId);

    /// <summary>Whether <paramref name="viewer"/> may list a department's queue (as provider or as client) and follow it live.</summary>
    public static bool CanSeeQueue(Viewer viewer, string departmentId) => viewer.Auditor || viewer.IsIn(departmentId);

    /// <summary>Whether <paramref name="viewer"/> may follow the organisation-wide board with every department's requests.</summary>
    public static bool CanSeeOrganisationBoard(Viewer viewer) => viewer.Auditor;

    /// <summary>
    /// Whether <paramref name="viewer"/> may see a catalogue entry of <paramref name="providerDepartmentId"/> offered to
    /// <paramref name="eligibleDepartments"/> (empty: every department).
    /// </summary>
    public static bool CanSeeService(Viewer viewer, string providerDepartmentId, IReadOnlyCollection<string> eligibleDepartments) =>
        viewer.CatalogueAdministrator || viewer.Auditor || viewer.IsIn(providerDepartmentId)
        || eligibleDepartments.Count == 0
        || (viewer.DepartmentId is { } own && eligibleDepartments.Contains(own));

    /// <summary>Whether <paramref name="viewer"/> may create, change or retire the department's catalogue entries, agreements and calendar.</summary>
    public static bool CanManage(Viewer viewer, string departmentId) =>
        viewer.CatalogueAdministrator || viewer.Has(DepartmentRole.Manager, departmentId);

    /// <summary>Whether <paramref name="viewer"/> may add departments to the organisation.</summary>
    public static bool CanAddDepartments(Viewer viewer) => viewer.CatalogueAdministrator;

    /// <summary>Whether <paramref name="viewer"/> may read the audit trail.</summary>
    public static bool CanReadAudit(Viewer viewer) => viewer.Auditor;

    /// <summary>Whether <paramref name="viewer"/> may list the people of <paramref name="departmentId"/> (null: everyone) with their roles.</summary>
    public static bool CanSeePeople(Viewer viewer, string? departmentId) =>
        viewer.CatalogueAdministrator || viewer.Auditor
        || (departmentId is not null && viewer.Has(DepartmentRole.Manager, departmentId));

    /// <summary>
    /// Whether <paramref name="viewer"/> may give someone of <paramref name="departmentId"/> a department role and
    /// these organisation-wide roles (<paramref name="organisationRoles"/>: administrator or auditor asked for, or
    /// held before the change). Managers assign roles in their own department; only administrators grant or remove
    /// organisation-wide roles or move people between departments.
    /// </summary>
    public static bool CanAssign(Viewer viewer, string departmentId, string? previousDepartmentId, bool organisationRoles) =>
        viewer.CatalogueAdministrator
        || (!organisationRoles
            && viewer.Has(DepartmentRole.Manager, departmentId)
            && (previousDepartmentId is null || string.Equals(previousDepartmentId, departmentId, StringComparison.Ordinal)));
}
