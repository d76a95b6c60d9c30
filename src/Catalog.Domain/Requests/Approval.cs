namespace Catalog.Domain.Requests;

/// <summary>
/// An accommodation or a quote that needs a decision. Below the department's threshold the agent decides alone
/// (<see cref="DecidedAlone"/>); at or above it a manager of the provider department, or the substitute they named,
/// approves or rejects it by <see cref="DueAt"/> (its own clock, one business day by default).
/// </summary>
/// <param name="Number">1, 2, 3… within the request.</param>
/// <param name="Subject">What is approved.</param>
/// <param name="QuoteNumber">The quote it is for (subject Quote).</param>
/// <param name="Amount">What it costs the department (the quote's price, the waived or discounted amount…).</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Description">What is asked, in a sentence.</param>
/// <param name="RequestedBy">The agent who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="DueAt">When the decision is due (business time of the provider's calendar).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedFor">The manager a substitute decided for; null when a manager (or the agent alone) decided.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reason">Why (required to reject).</param>
/// <param name="DecidedAlone">Below the threshold: the agent decided without a manager.</param>
public sealed record Approval(
    int Number,
    ApprovalSubject Subject,
    int? QuoteNumber,
    decimal Amount,
    string Currency,
    string Description,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    ApprovalStatus Status,
    string? DecidedBy = null,
    string? DecidedFor = null,
    DateTimeOffset? DecidedAt = null,
    string? Reason = null,
    bool DecidedAlone = false)
{
    /// <summary>Whether the decision is late: still pending past its due instant.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status == ApprovalStatus.Pending && now >= DueAt;
}
