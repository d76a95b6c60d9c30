namespace Catalog.Domain.Requests;

/// <summary>Where a request stands in its lifecycle. Stored as numbers: never renumber.</summary>
public enum RequestStatus
{
    /// <summary>Filed by the client; nobody at the provider has looked at it yet.</summary>
    Submitted = 0,

    /// <summary>The provider acknowledged it (accusé de réception).</summary>
    Acknowledged = 1,

    /// <summary>The provider works on it.</summary>
    InProgress = 2,

    /// <summary>The provider waits on the client (information, approval…): provider clocks are paused.</summary>
    WaitingOnClient = 3,

    /// <summary>The provider says it is done; the client can still reopen it.</summary>
    Resolved = 4,

    /// <summary>Done and closed.</summary>
    Closed = 5,

    /// <summary>Withdrawn before it was resolved.</summary>
    Cancelled = 6,
}
