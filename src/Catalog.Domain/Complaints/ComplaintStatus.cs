namespace Catalog.Domain.Complaints;

/// <summary>Where a complaint stands. Stored as numbers: never renumber.</summary>
public enum ComplaintStatus
{
    /// <summary>Filed, nobody acknowledged it yet.</summary>
    Filed = 0,

    /// <summary>Acknowledged: the client knows someone holds it.</summary>
    Acknowledged = 1,

    /// <summary>Answered: the client has the provider's answer; escalation stops.</summary>
    Answered = 2,

    /// <summary>Resolved with a kind of resolution: closed.</summary>
    Resolved = 3,
}
