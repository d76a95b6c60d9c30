namespace Catalog.Domain.Requests;

/// <summary>Where an approval stands. Stored as numbers: never renumber.</summary>
public enum ApprovalStatus
{
    /// <summary>Waits for a manager (or their substitute).</summary>
    Pending = 0,

    /// <summary>Approved, by a manager or by the agent alone below the threshold.</summary>
    Approved = 1,

    /// <summary>Rejected, with a reason.</summary>
    Rejected = 2,

    /// <summary>No longer needed: the quote it was for was replaced before anyone decided.</summary>
    Withdrawn = 3,
}
