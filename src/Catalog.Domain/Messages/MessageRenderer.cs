namespace Catalog.Domain.Messages;

/// <summary>
/// Fills a template's placeholders from a request, in one language: names as given, the due date in the provider's
/// time zone, amounts and dates written the way that language writes them (<see cref="MessageFormats"/>). A value
/// the request does not have (no quote, nothing due, no follow-up date) reads "—".
/// </summary>
public static class MessageRenderer
{
    /// <summary>The message <paramref name="template"/> says for <paramref name="context"/> in <paramref name="language"/>.</summary>
    public static string Render(string template, string language, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        return MessageTemplateText.Replace(template, name => Value(name, language, context)).Trim();
    }

    /// <summary>The text of one placeholder, or null for a name that is not a placeholder (left as written).</summary>
    public static string? Value(string placeholder, string language, MessageContext context) => placeholder switch
    {
        MessagePlaceholders.Client => string.IsNullOrWhiteSpace(context.ClientDepartment)
            ? context.ClientName
            : $"{context.ClientName} ({context.ClientDepartment})",
        MessagePlaceholders.ClientName => context.ClientName,
        MessagePlaceholders.ClientDepartment => context.ClientDepartment,
        MessagePlaceholders.Service => context.Service,
        MessagePlaceholders.RequestNumber => context.RequestNumber,
        MessagePlaceholders.DueDate => context.DueAt is { } due
            ? MessageFormats.Instant(due, context.ProviderZone, language)
            : MessageFormats.None,
        MessagePlaceholders.QuoteAmount => context.QuoteAmount is { } amount
            ? MessageFormats.Amount(amount, context.QuoteCurrency, language)
            : MessageFormats.None,
        MessagePlaceholders.FollowUpDate => context.FollowUpDate is { } date
            ? MessageFormats.Date(date, language)
            : MessageFormats.None,
        _ => null,
    };
}
