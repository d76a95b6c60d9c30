using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>An agent asks for an accommodation: a waiver, a discount or an exception, what it costs, and why.</summary>
[GenerateSerializer, Immutable, Alias("catalog.AccommodationAsk")]
public sealed record AccommodationAsk(
    [property: Id(0)] ApprovalSubject Subject,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string Currency,
    [property: Id(3)] string Description,
    [property: Id(4)] string? IdempotencyKey = null);
