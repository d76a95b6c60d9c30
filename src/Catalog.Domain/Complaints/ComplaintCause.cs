namespace Catalog.Domain.Complaints;

/// <summary>Why a client complains: the fixed list the complaints report counts by. Stored as numbers: never renumber.</summary>
public enum ComplaintCause
{
    /// <summary>Too slow: a deadline or turnaround target missed.</summary>
    Delay = 0,

    /// <summary>The work itself was poor or wrong.</summary>
    Quality = 1,

    /// <summary>How the client was treated.</summary>
    Courtesy = 2,

    /// <summary>The price, a charge not announced, a change not explained.</summary>
    Cost = 3,

    /// <summary>Missing, wrong or late information.</summary>
    Information = 4,

    /// <summary>Access to the service or service in the client's official language.</summary>
    AccessLanguage = 5,

    /// <summary>Anything else (the text says what).</summary>
    Other = 6,
}
