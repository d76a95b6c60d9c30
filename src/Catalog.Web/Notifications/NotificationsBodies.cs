using Catalog.Notifications;

namespace Catalog.Web.Notifications;

/// <summary>The body of POST /api/me/notifications/read.</summary>
/// <param name="Ids">The notifications to mark read; null or absent for all.</param>
public sealed record MarkReadBody(IReadOnlyList<string>? Ids);

/// <summary>The body of PUT /api/me/notifications/preferences.</summary>
/// <param name="Preferences">The kinds to change, each with its new mode.</param>
public sealed record PreferencesBody(IReadOnlyList<NotificationPreference>? Preferences);

/// <summary>GET /api/me/notifications: whose they are, how many are unread, and the newest.</summary>
public sealed record NotificationsPage(string Id, int Unread, IReadOnlyList<NotificationItem> Items);

/// <summary>After marking read: whose they are and how many stay unread.</summary>
public sealed record NotificationsRead(string Id, int Unread);

/// <summary>A person's mode per kind.</summary>
public sealed record NotificationPreferencesView(string Id, IReadOnlyList<NotificationPreference> Preferences);

/// <summary>Checks the bodies of the notification routes: sizes and missing parts, field by field.</summary>
internal static class NotificationsBodies
{
    /// <summary>The most ids one call marks, and the longest id.</summary>
    public const int MaxIds = 200;

    private const int MaxIdLength = 100;

    public static Dictionary<string, string[]> Validate(MarkReadBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Ids is { } ids)
        {
            if (ids.Count > MaxIds)
            {
                errors["ids"] = [$"At most {MaxIds} ids at a time."];
            }
            else if (ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength))
            {
                errors["ids"] = [$"Each id is a notification's id, at most {MaxIdLength} characters."];
            }
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(PreferencesBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Preferences is not { Count: > 0 } preferences)
        {
            errors["preferences"] = ["Give at least one { kind, mode }."];
        }
        else if (preferences.Count > 50)
        {
            errors["preferences"] = ["At most 50 entries."];
        }
        else if (preferences.Any(p => p is null || !Enum.IsDefined(p.Kind) || !Enum.IsDefined(p.Mode)))
        {
            errors["preferences"] = ["Each entry needs a kind (NewRequest, Warning, Breach, WaitingOnYou, Survey) and a mode (Immediate, Digest, None)."];
        }

        return errors;
    }
}
