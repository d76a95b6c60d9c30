namespace Catalog.Complaints;

/// <summary>What the holder of a complaint does to it. Stored as numbers: never renumber.</summary>
public enum ComplaintAction
{
    /// <summary>Acknowledges it: the client knows someone holds it.</summary>
    Acknowledge = 0,

    /// <summary>Answers it (text required): escalation stops.</summary>
    Answer = 1,

    /// <summary>Resolves it with a kind and a text (answers it too when not answered yet).</summary>
    Resolve = 2,
}
