namespace Catalog.Grains.Notifications;

/// <summary>
/// The grain type, state and reminder names of notifications. They are part of grain ids, storage keys and the
/// reminders table: never change them.
/// </summary>
internal static class NotificationGrainTypes
{
    /// <summary>See <see cref="NotificationsGrain"/>.</summary>
    public const string Person = "catalog.notifications";

    /// <summary>See <see cref="NotificationFeedGrain"/>.</summary>
    public const string Feed = "catalog.notification-feed";

    /// <summary>The state name of <see cref="NotificationsGrain"/>.</summary>
    public const string PersonState = "notifications";

    /// <summary>The durable reminder that wakes a person's grain while e-mails wait for working hours.</summary>
    public const string DeliverReminder = "deliver";
}
