namespace Catalog.Requests;

/// <summary>The client accepts or declines the current quote; a decline may say why.</summary>
[GenerateSerializer, Immutable, Alias("catalog.QuoteAnswer")]
public sealed record QuoteAnswer(
    [property: Id(0)] bool Accept,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] string? IdempotencyKey = null);
