using Catalog.Audit;
using Catalog.Catalogue;

namespace Catalog.Grains.Audit;

/// <summary>What adding a department set, for the audit trail.</summary>
public static class DepartmentChanges
{
    /// <summary>Every field of a new department.</summary>
    public static AuditChange[] Created(DepartmentDraft department) => new AuditChangeList()
        .Set("name.fr", department.Name.Fr)
        .Set("name.en", department.Name.En)
        .Set("timeZone", department.TimeZone)
        .ToList();
}
