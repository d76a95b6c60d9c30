using Catalog.Domain.Messages;

namespace Catalog.Messages;

/// <summary>
/// What an agent asks the library to write for a request: the situation, and the values a request does not carry.
/// </summary>
/// <param name="Situation">Which standard message.</param>
/// <param name="FollowUpDate">The follow-up date, in the provider's zone; at most 5 business days after receipt. Left out: the latest allowed.</param>
/// <param name="QuoteAmount">The quote's amount, until quotes feed it from the request; null renders "—".</param>
/// <param name="QuoteCurrency">The quote's currency (CAD when left out).</param>
[GenerateSerializer, Immutable, Alias("catalog.MessageDraft")]
public sealed record MessageDraft(
    [property: Id(0)] MessageSituation Situation,
    [property: Id(1)] DateOnly? FollowUpDate = null,
    [property: Id(2)] decimal? QuoteAmount = null,
    [property: Id(3)] string? QuoteCurrency = null);
