using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>A written quote of a request, as stored and shown (see <see cref="Quote"/> for each field).</summary>
[GenerateSerializer, Immutable, Alias("catalog.QuoteRecord")]
public sealed record QuoteRecord(
    [property: Id(0)] int Number,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string Currency,
    [property: Id(3)] string Covers,
    [property: Id(4)] string Language,
    [property: Id(5)] DateTimeOffset ValidUntil,
    [property: Id(6)] string? ChangeReason,
    [property: Id(7)] DateTimeOffset SentAt,
    [property: Id(8)] string SentBy,
    [property: Id(9)] QuoteStatus Status,
    [property: Id(10)] DateTimeOffset? DecidedAt,
    [property: Id(11)] string? DecidedBy,
    [property: Id(12)] string? DecisionNote)
{
    /// <summary>The record of a domain quote.</summary>
    public static QuoteRecord Of(Quote q) => new(
        q.Number, q.Amount, q.Currency, q.Covers, q.Language, q.ValidUntil, q.ChangeReason, q.SentAt, q.SentBy, q.Status,
        q.DecidedAt, q.DecidedBy, q.DecisionNote);

    /// <summary>The domain quote it records.</summary>
    public Quote ToDomain() => new(
        Number, Amount, Currency, Covers, Language, ValidUntil, ChangeReason, SentAt, SentBy, Status, DecidedAt, DecidedBy, DecisionNote);

    /// <summary>Still proposed and past its validity: the client can no longer accept it.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ToDomain().IsExpiredAt(now);
}
