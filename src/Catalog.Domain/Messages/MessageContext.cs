namespace Catalog.Domain.Messages;

/// <summary>
/// What a template's placeholders are filled from: one request, seen from its provider department.
/// </summary>
/// <param name="ClientName">The requester's display name.</param>
/// <param name="ClientDepartment">The client department's name, in the message's language.</param>
/// <param name="Service">The service's name, in the message's language.</param>
/// <param name="RequestNumber">The request's id ("IT-000123").</param>
/// <param name="DueAt">When the request is due (the resolution clock's due instant, else the next running clock's); null when nothing is due.</param>
/// <param name="ProviderZone">The provider department's time zone: due dates are shown in it.</param>
/// <param name="QuoteAmount">The quote's amount, when the request has a quote.</param>
/// <param name="QuoteCurrency">The quote's currency (ISO 4217), "CAD" by default.</param>
/// <param name="FollowUpDate">The follow-up date, when the message announces one.</param>
public sealed record MessageContext(
    string ClientName,
    string ClientDepartment,
    string Service,
    string RequestNumber,
    DateTimeOffset? DueAt,
    TimeZoneInfo ProviderZone,
    decimal? QuoteAmount = null,
    string QuoteCurrency = "CAD",
    DateOnly? FollowUpDate = null);
