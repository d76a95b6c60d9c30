using Catalog.Domain.Access;

namespace Catalog.Web.Access;

/// <summary>The body of PUT /api/directory/people/{userId}: a person's name, department and roles.</summary>
/// <param name="DisplayName">The name shown on requests and in the audit trail.</param>
/// <param name="DepartmentId">Their department.</param>
/// <param name="Role">Requester, Agent or Manager.</param>
/// <param name="CatalogueAdministrator">Organisation-wide: edits every department's catalogue (administrators only may grant it).</param>
/// <param name="Auditor">Organisation-wide: reads everything (administrators only may grant it).</param>
public sealed record PersonBody(
    string? DisplayName,
    string? DepartmentId,
    DepartmentRole? Role,
    bool? CatalogueAdministrator,
    bool? Auditor);
