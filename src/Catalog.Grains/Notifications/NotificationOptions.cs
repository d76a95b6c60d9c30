namespace Catalog.Grains.Notifications;

/// <summary>How a person's notifications are kept (section <see cref="Section"/>), checked at silo start.</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Notifications";

    /// <summary>
    /// How long a person's inbox may hold notifications not yet stored before it is written (default 5 s; from 0, at
    /// once, to 5 minutes). A burst of notices then costs one write per person, not one per notice; what a lost silo
    /// had not stored is rebuilt from the request index on the next activation (docs/notifications-storage.md).
    /// </summary>
    public TimeSpan StoreDelay { get; set; } = TimeSpan.FromSeconds(5);
}
