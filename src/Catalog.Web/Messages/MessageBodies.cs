using Catalog.Domain.Messages;

namespace Catalog.Web.Messages;

/// <summary>The body of PUT /api/departments/{departmentId}/messages/{situation}/{language}.</summary>
/// <param name="Text">The template, with {placeholders}.</param>
public sealed record TemplateBody(string? Text);

/// <summary>The body of POST /api/requests/{id}/messages/preview and /messages.</summary>
/// <param name="Situation">Which standard message.</param>
/// <param name="FollowUpDate">The follow-up date (provider's zone); at most 5 business days after receipt; left out: the latest allowed.</param>
/// <param name="QuoteAmount">The quote's amount for {quoteAmount}, until quotes feed it from the request.</param>
/// <param name="QuoteCurrency">Its currency (CAD when left out).</param>
/// <param name="Text">Sending only: the text as the agent edited it; left out, the rendered message is sent.</param>
public sealed record MessageBody(
    MessageSituation? Situation,
    DateOnly? FollowUpDate = null,
    decimal? QuoteAmount = null,
    string? QuoteCurrency = null,
    string? Text = null);
