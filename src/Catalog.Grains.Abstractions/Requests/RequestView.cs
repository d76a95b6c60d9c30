using Catalog.Catalogue;
using Catalog.Domain.Requests;

namespace Catalog.Requests;

/// <summary>A request with its live clocks, as its client and provider see it.</summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestView")]
public sealed record RequestView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] int ServiceVersion,
    [property: Id(3)] LocalizedText ServiceName,
    [property: Id(4)] string ProviderDepartmentId,
    [property: Id(5)] string ClientDepartmentId,
    [property: Id(6)] string Requester,
    [property: Id(7)] string Title,
    [property: Id(8)] IReadOnlyDictionary<string, string> Answers,
    [property: Id(9)] RequestStatus Status,
    [property: Id(10)] PauseReason? PauseReason,
    [property: Id(11)] DateTimeOffset FiledAt,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] string? AgreementId,
    [property: Id(14)] int? AgreementVersion,
    [property: Id(15)] IReadOnlyList<ClockView> Clocks,
    [property: Id(16)] IReadOnlyList<TransitionRecord> History,
    [property: Id(17)] IReadOnlyList<RequestAction> AllowedActions,
    [property: Id(18)] DateTimeOffset AsOf,
    [property: Id(19)] bool QuoteRequired = false,
    [property: Id(20)] IReadOnlyList<QuoteRecord>? Quotes = null,
    [property: Id(21)] IReadOnlyList<ApprovalRecord>? Approvals = null,
    [property: Id(22)] IReadOnlyList<HandoffRecord>? Handoffs = null,
    [property: Id(23)] string? Assignee = null,
    [property: Id(24)] string? Blocker = null);
