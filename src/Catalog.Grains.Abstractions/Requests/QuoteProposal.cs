namespace Catalog.Requests;

/// <summary>
/// An agent writes a quote: its price, what it covers and until when it may be accepted, in the client's language;
/// <see cref="ChangeReason"/> says why it replaces a quote the client accepted.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.QuoteProposal")]
public sealed record QuoteProposal(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] string Currency,
    [property: Id(2)] string Covers,
    [property: Id(3)] string Language,
    [property: Id(4)] DateTimeOffset ValidUntil,
    [property: Id(5)] string? ChangeReason = null,
    [property: Id(6)] string? IdempotencyKey = null);
