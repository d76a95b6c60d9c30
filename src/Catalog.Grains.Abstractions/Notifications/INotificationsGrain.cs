using Catalog.Domain.Notifications;
using Orleans.Concurrency;

namespace Catalog.Notifications;

/// <summary>
/// One person's notifications (key: their lowercase user id): the in-app inbox, the e-mails waiting for their
/// department's working hours, and their choice of immediate, digest or none per kind.
/// </summary>
public interface INotificationsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes a notification for this person (from the notification feed; the same id twice counts once): listed in
    /// the inbox at once, and e-mailed when their preferences and their department's working hours allow; dropped
    /// when they chose none for its kind. One-way, so the feed never waits for anyone's storage.
    /// </summary>
    [OneWay]
    Task NotifyAsync(NotificationNotice notice);

    /// <summary>The newest <paramref name="limit"/> notifications, written in <paramref name="language"/>, and how many are unread.</summary>
    Task<NotificationInbox> ListAsync(int limit, string language);

    /// <summary>Marks the notifications with these ids read (all of them when null), audited; returns how many stay unread.</summary>
    Task<int> MarkReadAsync(IReadOnlyList<string>? ids);

    /// <summary>The person's mode for every kind, defaults filled in.</summary>
    Task<IReadOnlyList<NotificationPreference>> GetPreferencesAsync();

    /// <summary>Changes the modes of the kinds given (the others keep theirs), audited; returns every kind's mode.</summary>
    Task<IReadOnlyList<NotificationPreference>> SetPreferencesAsync(IReadOnlyList<NotificationPreference> preferences);

    /// <summary>What waits to be e-mailed, and when the next e-mail may go (for tests and support).</summary>
    Task<NotificationOutboxStatus> GetOutboxAsync();
}
