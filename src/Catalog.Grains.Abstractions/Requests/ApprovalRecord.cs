using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>An approval of a request, as stored and shown (see <see cref="Approval"/> for each field).</summary>
[GenerateSerializer, Immutable, Alias("catalog.ApprovalRecord")]
public sealed record ApprovalRecord(
    [property: Id(0)] int Number,
    [property: Id(1)] ApprovalSubject Subject,
    [property: Id(2)] int? QuoteNumber,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string Currency,
    [property: Id(5)] string Description,
    [property: Id(6)] string RequestedBy,
    [property: Id(7)] DateTimeOffset RequestedAt,
    [property: Id(8)] DateTimeOffset DueAt,
    [property: Id(9)] ApprovalStatus Status,
    [property: Id(10)] string? DecidedBy,
    [property: Id(11)] string? DecidedFor,
    [property: Id(12)] DateTimeOffset? DecidedAt,
    [property: Id(13)] string? Reason,
    [property: Id(14)] bool DecidedAlone)
{
    /// <summary>The record of a domain approval.</summary>
    public static ApprovalRecord Of(Approval a) => new(
        a.Number, a.Subject, a.QuoteNumber, a.Amount, a.Currency, a.Description, a.RequestedBy, a.RequestedAt, a.DueAt, a.Status,
        a.DecidedBy, a.DecidedFor, a.DecidedAt, a.Reason, a.DecidedAlone);

    /// <summary>The domain approval it records.</summary>
    public Approval ToDomain() => new(
        Number, Subject, QuoteNumber, Amount, Currency, Description, RequestedBy, RequestedAt, DueAt, Status, DecidedBy, DecidedFor,
        DecidedAt, Reason, DecidedAlone);
}
