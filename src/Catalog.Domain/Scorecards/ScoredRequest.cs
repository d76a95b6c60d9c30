namespace Catalog.Domain.Scorecards;

/// <summary>
/// What the scorecards and the annual review need of one request: its stored facts, with no title, requester or
/// text of the request (the figures are public, the contents are not). The "other request" free text is the one
/// exception, read only by the review of the provider it was addressed to.
/// </summary>
/// <param name="RequestId">The request.</param>
/// <param name="ServiceId">The catalogue entry it was filed for.</param>
/// <param name="ProviderDepartmentId">The department that provides it now (after any transfer).</param>
/// <param name="ClientDepartmentId">The department that filed it.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="ResolvedAt">When it was last resolved; null while it is not.</param>
/// <param name="Cancelled">Withdrawn before it was resolved.</param>
/// <param name="Clocks">Its SLA clocks.</param>
/// <param name="Holds">Which department held it when, in order (a transfer closes one span and opens the next).</param>
/// <param name="Pauses">When the provider waited on the client.</param>
/// <param name="Transfers">How many times it was handed to another department.</param>
/// <param name="QuoteAmount">The accepted quote's amount; null without an accepted quote.</param>
/// <param name="QuoteCurrency">The accepted quote's currency (CAD).</param>
/// <param name="OtherRequestText">What the client asked for on an "Other request" entry; null otherwise.</param>
public sealed record ScoredRequest(
    string RequestId,
    string ServiceId,
    string ProviderDepartmentId,
    string ClientDepartmentId,
    DateTimeOffset FiledAt,
    DateTimeOffset? ResolvedAt,
    bool Cancelled,
    IReadOnlyList<ScoredClock> Clocks,
    IReadOnlyList<HeldSpan> Holds,
    IReadOnlyList<PauseSpan> Pauses,
    int Transfers = 0,
    decimal? QuoteAmount = null,
    string? QuoteCurrency = null,
    string? OtherRequestText = null);
