namespace Catalog.Domain.Complaints;

/// <summary>How a complaint was settled (the progression of solutions). Stored as numbers: never renumber.</summary>
public enum ResolutionKind
{
    /// <summary>The client got an explanation of what happened and why.</summary>
    Explanation = 0,

    /// <summary>The work was done again.</summary>
    Redo = 1,

    /// <summary>The client department was credited (chargeback reversed or reduced).</summary>
    Credit = 2,

    /// <summary>The provider changed how it works so it does not happen again.</summary>
    ChangeOfPractice = 3,
}
