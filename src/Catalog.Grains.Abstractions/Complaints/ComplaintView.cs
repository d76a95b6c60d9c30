using Catalog.Catalogue;
using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>
/// A complaint as its readers see it: what it is about, where it stands, who holds it until when, its escalations,
/// the answer and the resolution, and what the reader may do now.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintView")]
public sealed record ComplaintView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ProviderDepartmentId,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] string ServiceId,
    [property: Id(4)] LocalizedText ServiceName,
    [property: Id(5)] string? RequestId,
    [property: Id(6)] string FiledBy,
    [property: Id(7)] ComplaintCause Cause,
    [property: Id(8)] string Text,
    [property: Id(9)] DateTimeOffset FiledAt,
    [property: Id(10)] ComplaintStatus Status,
    [property: Id(11)] ComplaintLevel Level,
    [property: Id(12)] DateTimeOffset LevelReachedAt,
    [property: Id(13)] DateTimeOffset AcknowledgeDueAt,
    [property: Id(14)] DateTimeOffset AnswerDueAt,
    [property: Id(15)] DateTimeOffset? LevelDueAt,
    [property: Id(16)] DateTimeOffset? AcknowledgedAt,
    [property: Id(17)] string? AcknowledgedBy,
    [property: Id(18)] DateTimeOffset? AnsweredAt,
    [property: Id(19)] string? AnsweredBy,
    [property: Id(20)] string? Answer,
    [property: Id(21)] DateTimeOffset? ResolvedAt,
    [property: Id(22)] string? ResolvedBy,
    [property: Id(23)] ResolutionKind? Resolution,
    [property: Id(24)] string? ResolutionText,
    [property: Id(25)] IReadOnlyList<ComplaintStep> Escalations,
    [property: Id(26)] int AcknowledgeDays,
    [property: Id(27)] int AnswerDays,
    [property: Id(28)] IReadOnlyList<ComplaintAction> AllowedActions,
    [property: Id(29)] DateTimeOffset AsOf);
