namespace Catalog.Notifications;

/// <summary>Finds the notification grains.</summary>
public static class NotificationGrainFactoryExtensions
{
    /// <summary>The notifications of <paramref name="userId"/> (the key is the lowercase id).</summary>
    public static INotificationsGrain GetNotifications(this IGrainFactory grains, string userId) =>
        grains.GetGrain<INotificationsGrain>(userId.ToLowerInvariant());
}
