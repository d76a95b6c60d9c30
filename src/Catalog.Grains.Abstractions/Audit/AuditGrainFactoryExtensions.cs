namespace Catalog.Audit;

/// <summary>How callers reach the audit trail grain.</summary>
public static class AuditGrainFactoryExtensions
{
    /// <summary>The key of the (stateless worker) audit trail grain.</summary>
    public const long TrailKey = 0;

    /// <summary>The audit trail, for auditors' searches.</summary>
    public static IAuditTrailGrain GetAuditTrail(this IGrainFactory grains) =>
        grains.GetGrain<IAuditTrailGrain>(TrailKey);
}
