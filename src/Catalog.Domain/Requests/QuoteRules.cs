namespace Catalog.Domain.Requests;

/// <summary>What a written quote must say to be sent: a price, its currency, what it covers, the language, a validity.</summary>
public static class QuoteRules
{
    /// <summary>The longest description of what a quote covers.</summary>
    public const int CoversMaxLength = 2000;

    /// <summary>The largest amount a quote may state (a typing slip beyond it is refused, not sent).</summary>
    public const decimal MaxAmount = 10_000_000m;

    /// <summary>Refuses, naming the field, a draft that could not be sent as written.</summary>
    public static void EnsureValid(QuoteDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Amount <= 0 || draft.Amount > MaxAmount || decimal.Round(draft.Amount, 2) != draft.Amount)
        {
            Refuse("amount", $"A quote's amount is above 0 and at most {MaxAmount:0}, with at most two decimals.");
        }

        if (draft.Currency is not { Length: 3 } || !draft.Currency.All(char.IsAsciiLetter))
        {
            Refuse("currency", "A quote's currency is a three-letter ISO 4217 code, e.g. CAD.");
        }

        if (string.IsNullOrWhiteSpace(draft.Covers) || draft.Covers.Length > CoversMaxLength)
        {
            Refuse("covers", $"Say what the price covers (at most {CoversMaxLength} characters).");
        }

        if (draft.Language is not ("fr" or "en"))
        {
            Refuse("language", "A quote is written in French (fr) or English (en), the client's language.");
        }

        if (draft.ValidUntil <= now)
        {
            Refuse("validUntil", "A quote must be valid until a moment in the future.");
        }

        if (draft.ChangeReason is { Length: > CoversMaxLength })
        {
            Refuse("changeReason", $"The reason for the change is at most {CoversMaxLength} characters.");
        }
    }

    private static void Refuse(string field, string message) =>
        throw new RequestRefusedException(RequestRefusal.Invalid, message, field: field);
}
