namespace Catalog.Domain.Requests;

/// <summary>Where a written quote stands. Stored as numbers: never renumber.</summary>
public enum QuoteStatus
{
    /// <summary>Above the department's threshold: a manager must approve it before the client sees it.</summary>
    AwaitingApproval = 0,

    /// <summary>Sent to the client, who accepts or declines it before it expires.</summary>
    Proposed = 1,

    /// <summary>The client accepted it: the work it covers may start and be resolved.</summary>
    Accepted = 2,

    /// <summary>The client declined it: the provider re-quotes or the request ends.</summary>
    Declined = 3,

    /// <summary>Replaced by a later quote, or rejected by the manager who had to approve it.</summary>
    Withdrawn = 4,
}
