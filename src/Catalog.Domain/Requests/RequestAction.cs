namespace Catalog.Domain.Requests;

/// <summary>What someone can do to a request. Stored as numbers: never renumber.</summary>
public enum RequestAction
{
    /// <summary>Acknowledge receipt.</summary>
    Acknowledge = 0,

    /// <summary>Start the work.</summary>
    Start = 1,

    /// <summary>Wait on the client, with a <see cref="PauseReason"/>: pauses the provider's clocks.</summary>
    WaitOnClient = 2,

    /// <summary>The client answered: the provider's clocks run again.</summary>
    Resume = 3,

    /// <summary>The work is done.</summary>
    Resolve = 4,

    /// <summary>Close a resolved request.</summary>
    Close = 5,

    /// <summary>Withdraw the request.</summary>
    Cancel = 6,

    /// <summary>Reopen a resolved or closed request: the resolution clock runs again.</summary>
    Reopen = 7,

    /// <summary>Add a comment (a provider's first comment is its first answer).</summary>
    Comment = 8,
}
