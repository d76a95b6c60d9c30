namespace Catalog.Domain.Requests;

/// <summary>Why the provider waits on the client; the requester sees it. Stored as numbers: never renumber.</summary>
public enum PauseReason
{
    /// <summary>Information is missing from the request.</summary>
    InformationMissing = 0,

    /// <summary>An approval on the client's side is pending (e.g. a manager above $150).</summary>
    ApprovalPending = 1,

    /// <summary>The client cannot be reached or is away.</summary>
    ClientUnavailable = 2,

    /// <summary>A written quote waits for the client's acceptance.</summary>
    QuoteAcceptance = 3,

    /// <summary>Another reason, given in the comment.</summary>
    Other = 4,
}
