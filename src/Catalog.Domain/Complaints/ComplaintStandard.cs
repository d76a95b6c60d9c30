using Catalog.Domain.Calendars;

namespace Catalog.Domain.Complaints;

/// <summary>
/// A provider department's own standard for complaints, in business days of its calendar: acknowledge within
/// <see cref="AcknowledgeDays"/>, answer within <see cref="AnswerDays"/>. A complaint keeps the standard in force when
/// it was filed; a change applies to complaints filed after it.
/// </summary>
/// <param name="AcknowledgeDays">Business days to acknowledge (default 2, seed 004's "letters acknowledged within 2 business days").</param>
/// <param name="AnswerDays">Business days to answer (default 10).</param>
public sealed record ComplaintStandard(int AcknowledgeDays, int AnswerDays)
{
    /// <summary>The longest window accepted, in business days (a year of business days).</summary>
    public const int MaxDays = 260;

    /// <summary>The default: acknowledge within 2 business days, answer within 10.</summary>
    public static ComplaintStandard Default { get; } = new(2, 10);

    /// <summary>The failures of this standard by field (empty when valid).</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (AcknowledgeDays is < 1 or > MaxDays)
        {
            errors["acknowledgeDays"] = [$"Use 1 to {MaxDays} business days."];
        }

        if (AnswerDays is < 1 or > MaxDays)
        {
            errors["answerDays"] = [$"Use 1 to {MaxDays} business days."];
        }
        else if (AnswerDays < AcknowledgeDays)
        {
            errors["answerDays"] = ["The answer window cannot be shorter than the acknowledgement window."];
        }

        return errors;
    }

    /// <summary>When a level reached at <paramref name="reachedAt"/> must acknowledge.</summary>
    public DateTimeOffset AcknowledgeBy(BusinessCalendar calendar, DateTimeOffset reachedAt) =>
        calendar.AddBusinessDays(reachedAt, AcknowledgeDays);

    /// <summary>When a level reached at <paramref name="reachedAt"/> must answer.</summary>
    public DateTimeOffset AnswerBy(BusinessCalendar calendar, DateTimeOffset reachedAt) =>
        calendar.AddBusinessDays(reachedAt, AnswerDays);
}
