namespace Catalog.Domain.Complaints;

/// <summary>Which deadline of a level was missed, moving a complaint up. Stored as numbers: never renumber.</summary>
public enum ComplaintMiss
{
    /// <summary>Not acknowledged within the acknowledgement window.</summary>
    Acknowledgement = 0,

    /// <summary>Not answered within the answer window.</summary>
    Answer = 1,
}
