using Catalog.Audit;
using Catalog.Domain.Notifications;
using Catalog.Grains.Audit;
using Catalog.Notifications;

namespace Catalog.Grains.Notifications;

/// <summary>The stored notifications of one person: preferences, inbox (newest first) and what waits to be e-mailed.</summary>
[GenerateSerializer, Alias("catalog.NotificationsState")]
public sealed class NotificationsState : IAuditOutboxState
{
    /// <summary>The modes the person chose; kinds absent use <see cref="NotificationPreferences.Default"/>.</summary>
    [Id(0)]
    public Dictionary<NotificationKind, DeliveryMode> Preferences { get; set; } = [];

    /// <summary>The inbox, newest first, at most <see cref="NotificationsGrain.InboxCapacity"/>.</summary>
    [Id(1)]
    public List<StoredNotification> Inbox { get; set; } = [];

    /// <summary>What waits to be e-mailed, with when it may go.</summary>
    [Id(2)]
    public List<QueuedNotification> Outbox { get; set; } = [];

    /// <summary>The person's department as the last notification named it: its calendar says when e-mail may go.</summary>
    [Id(3)]
    public string? DepartmentId { get; set; }

    /// <inheritdoc />
    [Id(4)]
    public AuditEntry[] PendingAudit { get; set; } = [];

    /// <summary>
    /// When this state was written (Catalog's clock): every notice the grain took before then is in it. A rebuild
    /// after a lost activation starts a little before (<see cref="NotificationsGrain.HandOverLag"/>).
    /// </summary>
    [Id(5)]
    public DateTimeOffset? StoredAt { get; set; }

    /// <summary>
    /// True from an activation's first write until its deactivation stores what it held: found true on activation,
    /// the last activation was lost with its silo and may have held notices written behind, so they are rebuilt.
    /// </summary>
    [Id(6)]
    public bool Open { get; set; }
}

/// <summary>A notification in the inbox.</summary>
[GenerateSerializer, Alias("catalog.StoredNotification")]
public sealed record StoredNotification(
    [property: Id(0)] NotificationNotice Notice,
    [property: Id(1)] bool Read,
    [property: Id(2)] DateTimeOffset? EmailedAt);

/// <summary>A notification waiting to be e-mailed.</summary>
/// <param name="Notice">What it says.</param>
/// <param name="DueAt">The earliest instant it may go (see <see cref="DeliverySchedule.DueAt"/>).</param>
/// <param name="AnyTime">Whether it may go outside working hours (an opted-in breach).</param>
[GenerateSerializer, Alias("catalog.QueuedNotification")]
public sealed record QueuedNotification(
    [property: Id(0)] NotificationNotice Notice,
    [property: Id(1)] DateTimeOffset DueAt,
    [property: Id(2)] bool AnyTime);
