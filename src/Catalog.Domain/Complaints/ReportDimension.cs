namespace Catalog.Domain.Complaints;

/// <summary>What the complaints report groups by.</summary>
public enum ReportDimension
{
    /// <summary>Per service.</summary>
    Service = 0,

    /// <summary>Per provider department.</summary>
    Provider = 1,

    /// <summary>Per cause.</summary>
    Cause = 2,
}
