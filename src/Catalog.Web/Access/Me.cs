using Catalog.Domain.Access;

namespace Catalog.Web.Access;

/// <summary>The signed-in person as GET /api/me returns them.</summary>
/// <param name="UserId">Their user id.</param>
/// <param name="Name">Their display name.</param>
/// <param name="DepartmentId">Their department, or null when the directory places them nowhere.</param>
/// <param name="Role">Their role in it.</param>
/// <param name="CatalogueAdministrator">Whether they administer the whole catalogue.</param>
/// <param name="Auditor">Whether they audit (read everything, change nothing).</param>
/// <param name="ManagesDepartment">Whether they may edit their department's catalogue, agreements and calendar.</param>
/// <param name="SeesOrganisationBoard">Whether the board shows every department (auditors) or their own.</param>
/// <param name="AntiforgeryToken">Send it in the X-XSRF-TOKEN header with every change.</param>
/// <param name="Language">The language they chose ("fr" or "en"; PUT /api/me/language), or null: pages then follow the browser.</param>
public sealed record Me(
    string UserId,
    string Name,
    string? DepartmentId,
    DepartmentRole Role,
    bool CatalogueAdministrator,
    bool Auditor,
    bool ManagesDepartment,
    bool SeesOrganisationBoard,
    string AntiforgeryToken,
    string? Language = null);
