namespace Catalog.Domain.Complaints;

/// <summary>
/// The figures of one group in one period (or over the whole report when <see cref="PeriodStart"/> is null): how
/// many complaints were filed, how many of those were acknowledged and answered within the standard, how many
/// escalated, and how many were resolved by each kind.
/// </summary>
public sealed record ComplaintFigures(
    string Key,
    DateOnly? PeriodStart,
    int Filed,
    int AcknowledgedInTime,
    int AnsweredInTime,
    int Escalated,
    int Explanation,
    int Redo,
    int Credit,
    int ChangeOfPractice)
{
    /// <summary>Resolved, of any kind.</summary>
    public int Resolved => Explanation + Redo + Credit + ChangeOfPractice;
}
