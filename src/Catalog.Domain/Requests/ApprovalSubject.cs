namespace Catalog.Domain.Requests;

/// <summary>What a manager approves (seed 004, flexibility). Stored as numbers: never renumber.</summary>
public enum ApprovalSubject
{
    /// <summary>A quote at or above the department's threshold.</summary>
    Quote = 0,

    /// <summary>A fee waived for the client.</summary>
    Waiver = 1,

    /// <summary>A reduced price.</summary>
    Discount = 2,

    /// <summary>An exception to a standard (a delay, a step skipped…), valued at what it costs the department.</summary>
    Exception = 3,
}
