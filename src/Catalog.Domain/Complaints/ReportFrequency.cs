namespace Catalog.Domain.Complaints;

/// <summary>The periods the complaints report counts in.</summary>
public enum ReportFrequency
{
    /// <summary>ISO weeks, Monday to Sunday (UTC dates).</summary>
    Week = 0,

    /// <summary>Calendar months (UTC dates).</summary>
    Month = 1,
}
