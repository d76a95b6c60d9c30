namespace Catalog.Notifications;

/// <summary>
/// Turns the organisation's request and survey events into notifications for the people concerned. Activated by
/// its implicit subscriptions to the live streams (key: the streams' organisation key); it has nothing to call.
/// </summary>
public interface INotificationFeedGrain : IGrainWithStringKey;
