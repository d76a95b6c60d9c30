namespace Catalog.Sla;

/// <summary>
/// The clocks a new request runs, resolved at filing from the provider's agreements and the service's standards.
/// The request keeps them: a later agreement change never applies to it.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.ResolvedClocks")]
public sealed record ResolvedClocks(
    [property: Id(0)] IReadOnlyList<ClockPolicy> Clocks,
    [property: Id(1)] string? AgreementId,
    [property: Id(2)] int? AgreementVersion,
    [property: Id(3)] Catalog.Domain.Requests.QuoteWait QuoteWait = Catalog.Domain.Requests.QuoteWait.PauseProvider);
