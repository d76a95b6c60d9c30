namespace Catalog.Domain.Requests;

/// <summary>
/// A written quote (seed 004: tell the client the price in writing before the work, and any change and why). A
/// quote past <see cref="ValidUntil"/> while still <see cref="QuoteStatus.Proposed"/> is expired: it can no longer be
/// accepted (<see cref="IsExpiredAt"/>).
/// </summary>
/// <param name="Number">1 for the first quote of the request, then 2, 3…</param>
/// <param name="Amount">The price.</param>
/// <param name="Currency">ISO 4217 code, e.g. CAD.</param>
/// <param name="Covers">What the price covers, in the client's language.</param>
/// <param name="Language">The client's language it is written in: "fr" or "en".</param>
/// <param name="ValidUntil">The instant after which it can no longer be accepted.</param>
/// <param name="ChangeReason">Why it replaces an accepted quote; null for a first quote.</param>
/// <param name="SentAt">When the provider wrote it.</param>
/// <param name="SentBy">Who wrote it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DecidedAt">When the client (or the approving manager, for a withdrawal) decided.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecisionNote">The client's reason for declining, or why it was withdrawn.</param>
public sealed record Quote(
    int Number,
    decimal Amount,
    string Currency,
    string Covers,
    string Language,
    DateTimeOffset ValidUntil,
    string? ChangeReason,
    DateTimeOffset SentAt,
    string SentBy,
    QuoteStatus Status,
    DateTimeOffset? DecidedAt = null,
    string? DecidedBy = null,
    string? DecisionNote = null)
{
    /// <summary>Whether the client can no longer accept it: still proposed, and its validity passed.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Status == QuoteStatus.Proposed && now >= ValidUntil;
}
