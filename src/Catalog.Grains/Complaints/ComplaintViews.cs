using Catalog.Audit;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Calendars;
using Catalog.Domain.Complaints;

namespace Catalog.Grains.Complaints;

/// <summary>Turns stored complaints into what readers get: views, events and audit changes.</summary>
internal static class ComplaintViews
{
    /// <summary>The complaint for <paramref name="viewer"/>, with what they may do to it now.</summary>
    public static ComplaintView View(
        ComplaintRecord c, string provider, Viewer viewer, ComplaintRoles roles, BusinessCalendar calendar, DateTimeOffset now) => new(
        c.Id, provider, c.ClientDepartmentId, c.ServiceId, c.ServiceName, c.RequestId, c.FiledBy, c.Cause, c.Text, c.FiledAt,
        c.Status, c.Level, c.LevelReachedAt, c.AcknowledgeDueAt, c.AnswerDueAt,
        ComplaintEscalations.NextDeadline(c.Progress, c.Standard, calendar)?.At,
        c.AcknowledgedAt, c.AcknowledgedBy, c.AnsweredAt, c.AnsweredBy, c.Answer, c.ResolvedAt, c.ResolvedBy, c.Resolution, c.ResolutionText,
        [.. c.Escalations], c.AcknowledgeDays, c.AnswerDays,
        ComplaintAccess.CanWork(viewer, roles, provider, c.Level) ? Allowed(c.Status) : [],
        now);

    /// <summary>The actions a complaint's status allows its holder.</summary>
    public static IReadOnlyList<ComplaintAction> Allowed(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Filed => [ComplaintAction.Acknowledge, ComplaintAction.Answer, ComplaintAction.Resolve],
        ComplaintStatus.Acknowledged => [ComplaintAction.Answer, ComplaintAction.Resolve],
        ComplaintStatus.Answered => [ComplaintAction.Resolve],
        _ => [],
    };

    /// <summary>The live event of something that happened to <paramref name="c"/>.</summary>
    public static ComplaintEvent Event(string type, ComplaintRecord c, string provider, DateTimeOffset at, string by) =>
        new(type, c.Id, provider, c.ClientDepartmentId, c.FiledBy, c.ServiceName, c.Cause, c.Status, c.Level, at, by);

    /// <summary>The audit changes of a filing.</summary>
    public static IReadOnlyList<AuditChange> Filing(ComplaintRecord c) =>
    [
        new("serviceId", null, c.ServiceId),
        new("clientDepartmentId", null, c.ClientDepartmentId),
        new("requestId", null, c.RequestId),
        new("cause", null, c.Cause.ToString()),
        new("text", null, c.Text),
        new("acknowledgeDueAt", null, Instant(c.AcknowledgeDueAt)),
        new("answerDueAt", null, Instant(c.AnswerDueAt)),
    ];

    /// <summary>The audit changes of an escalation: the level, and the instant it happened at.</summary>
    public static IReadOnlyList<AuditChange> Escalation(ComplaintStep step) =>
    [
        new("level", step.From.ToString(), step.To.ToString()),
        new("escalatedAt", null, Instant(step.At)),
        new("missed", null, step.Missed.ToString()),
    ];

    /// <summary>An instant as the audit trail writes it.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
