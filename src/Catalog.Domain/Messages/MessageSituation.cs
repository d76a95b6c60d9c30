namespace Catalog.Domain.Messages;

/// <summary>
/// The situations a provider answers with a standard message (seed 000: the same situation gets the same message,
/// whoever answers). Stored by name in template keys: never rename.
/// </summary>
public enum MessageSituation
{
    /// <summary>The request is received (accusé de réception).</summary>
    Acknowledgement = 0,

    /// <summary>The provider waits on information from the client, with the follow-up date.</summary>
    WaitingForInformation = 1,

    /// <summary>A written quote was sent before the work starts.</summary>
    QuoteSent = 2,

    /// <summary>A manager's approval is pending.</summary>
    ApprovalPending = 3,

    /// <summary>The request is resolved.</summary>
    Resolved = 4,

    /// <summary>The client arrived late to an appointment.</summary>
    LateClient = 5,

    /// <summary>The client missed an appointment.</summary>
    MissedAppointment = 6,

    /// <summary>The client behaved aggressively.</summary>
    AggressiveBehaviour = 7,

    /// <summary>A complaint was received.</summary>
    ComplaintReceived = 8,
}
