using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Domain.Complaints;

namespace Catalog.Grains.Complaints;

/// <summary>One complaint as its desk stores it. Never renumber the ids.</summary>
[GenerateSerializer, Alias("catalog.ComplaintRecord")]
public sealed class ComplaintRecord
{
    [Id(0)] public string Id { get; set; } = "";

    [Id(1)] public string ClientDepartmentId { get; set; } = "";

    [Id(2)] public string ServiceId { get; set; } = "";

    [Id(3)] public LocalizedText ServiceName { get; set; } = new("", "");

    [Id(4)] public string? RequestId { get; set; }

    [Id(5)] public string FiledBy { get; set; } = "";

    [Id(6)] public ComplaintCause Cause { get; set; }

    [Id(7)] public string Text { get; set; } = "";

    [Id(8)] public DateTimeOffset FiledAt { get; set; }

    /// <summary>The standard in force at filing (a later change does not apply to it).</summary>
    [Id(9)] public int AcknowledgeDays { get; set; }

    [Id(10)] public int AnswerDays { get; set; }

    /// <summary>The standard's deadlines from filing, which the report's "in time" figures use.</summary>
    [Id(11)] public DateTimeOffset AcknowledgeDueAt { get; set; }

    [Id(12)] public DateTimeOffset AnswerDueAt { get; set; }

    [Id(13)] public ComplaintLevel Level { get; set; }

    [Id(14)] public DateTimeOffset LevelReachedAt { get; set; }

    [Id(15)] public DateTimeOffset? AcknowledgedAt { get; set; }

    [Id(16)] public string? AcknowledgedBy { get; set; }

    [Id(17)] public DateTimeOffset? AnsweredAt { get; set; }

    [Id(18)] public string? AnsweredBy { get; set; }

    [Id(19)] public string? Answer { get; set; }

    [Id(20)] public DateTimeOffset? ResolvedAt { get; set; }

    [Id(21)] public string? ResolvedBy { get; set; }

    [Id(22)] public ResolutionKind? Resolution { get; set; }

    [Id(23)] public string? ResolutionText { get; set; }

    [Id(24)] public ComplaintStep[] Escalations { get; set; } = [];

    /// <summary>The instants the escalation rule reads.</summary>
    public ComplaintProgress Progress => new(FiledAt, Level, LevelReachedAt, AcknowledgedAt, AnsweredAt, ResolvedAt);

    /// <summary>The standard it is held to.</summary>
    public ComplaintStandard Standard => new(AcknowledgeDays, AnswerDays);

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status => Progress.Status;

    /// <summary>Its facts for reports.</summary>
    public ComplaintFact ToFact(string providerDepartmentId) => new(
        Id, ServiceId, providerDepartmentId, ClientDepartmentId, RequestId, Cause, FiledAt, AcknowledgedAt, AnsweredAt, ResolvedAt,
        Resolution, Level, AcknowledgeDueAt, AnswerDueAt);
}
