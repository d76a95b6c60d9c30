namespace Catalog.Domain.Requests;

/// <summary>What an agent writes in a quote.</summary>
/// <param name="Amount">The price; more than zero.</param>
/// <param name="Currency">ISO 4217 code: the department's approval currency.</param>
/// <param name="Covers">What it covers; required.</param>
/// <param name="Language">"fr" or "en": the client's language.</param>
/// <param name="ValidUntil">Until when the client may accept it; after now.</param>
/// <param name="ChangeReason">Required when it replaces an accepted quote.</param>
public sealed record QuoteDraft(decimal Amount, string Currency, string Covers, string Language, DateTimeOffset ValidUntil, string? ChangeReason = null);
