namespace Catalog.Grains.Complaints;

/// <summary>The audit trail's actions on complaints and their policy. Stored: never rename.</summary>
internal static class ComplaintAuditActions
{
    /// <summary>A complaint was filed.</summary>
    public const string Filed = "Filed";

    /// <summary>A complaint moved up its path by itself (recorded by the system).</summary>
    public const string Escalated = "Escalated";

    /// <summary>A department's complaint standard was changed.</summary>
    public const string StandardSet = "StandardSet";

    /// <summary>Someone was made, or stopped being, a complaints officer.</summary>
    public const string OfficerSet = "OfficerSet";

    /// <summary>A department's head was designated or removed.</summary>
    public const string HeadSet = "HeadSet";
}
