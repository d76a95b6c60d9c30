namespace Catalog.Grains.Audit;

/// <summary>The actions the audit trail records besides a request's own actions ("Acknowledge", "Resolve"…). Stored: never rename.</summary>
public static class AuditActions
{
    /// <summary>A request was filed.</summary>
    public const string Filed = "Filed";

    /// <summary>A service, department or agreement was created.</summary>
    public const string Created = "Created";

    /// <summary>A service, agreement or calendar was changed.</summary>
    public const string Updated = "Updated";

    /// <summary>A service or agreement was retired.</summary>
    public const string Retired = "Retired";

    /// <summary>A manager named a substitute to decide approvals for them.</summary>
    public const string SubstituteNamed = "SubstituteNamed";

    /// <summary>A substitution was ended early.</summary>
    public const string SubstituteRemoved = "SubstituteRemoved";
}
