using Catalog.Access;
using Catalog.Audit;

namespace Catalog.Grains.Access;

/// <summary>The fields of a person that a change touched, as the audit trail records them.</summary>
internal static class UserChanges
{
    /// <summary>
    /// The fields that differ between <paramref name="before"/> (null: someone new) and <paramref name="after"/>
    /// (null: removed); for someone new or removed, every field.
    /// </summary>
    public static IReadOnlyList<AuditChange> Between(CatalogUser? before, CatalogUser? after)
    {
        var changes = new List<AuditChange>(5);
        Add(changes, "displayName", before?.DisplayName, after?.DisplayName);
        Add(changes, "departmentId", before?.DepartmentId, after?.DepartmentId);
        Add(changes, "role", before?.Role.ToString(), after?.Role.ToString());
        Add(changes, "catalogueAdministrator", Text(before?.CatalogueAdministrator), Text(after?.CatalogueAdministrator));
        Add(changes, "auditor", Text(before?.Auditor), Text(after?.Auditor));
        return changes.ToArray();
    }

    private static void Add(List<AuditChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new AuditChange(field, before, after));
        }
    }

    private static string? Text(bool? value) => value switch
    {
        null => null,
        true => "true",
        false => "false",
    };
}
