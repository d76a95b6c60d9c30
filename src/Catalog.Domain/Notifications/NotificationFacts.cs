using Catalog.Catalogue;

namespace Catalog.Domain.Notifications;

/// <summary>What a notification says, before it is put in the recipient's language.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="RequestId">The request ("IT-000042").</param>
/// <param name="Title">The request's title.</param>
/// <param name="Clock">The clock at risk or breached, for warnings and breaches.</param>
/// <param name="DueAt">That clock's deadline.</param>
public sealed record NotificationFacts(
    NotificationKind Kind,
    string RequestId,
    string Title,
    ClockKind? Clock = null,
    DateTimeOffset? DueAt = null);
