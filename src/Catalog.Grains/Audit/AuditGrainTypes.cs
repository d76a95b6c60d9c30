namespace Catalog.Grains.Audit;

/// <summary>The grain type names of the audit trail, pinned so renaming a class changes no grain id. Never change them.</summary>
internal static class AuditGrainTypes
{
    /// <summary>See <see cref="AuditTrailGrain"/>.</summary>
    public const string Trail = "catalog.audit-trail";
}
