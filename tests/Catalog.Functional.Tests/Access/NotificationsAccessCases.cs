using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Everyone signed in has their own notifications and preferences under api/me: each reads and changes only their
/// own (the routes take no one else's id), and each change is audited as a change of the person.
/// </summary>
public static class NotificationsAccessCases
{
    public static readonly AccessCase[] Cases =
    [
        new("my notifications", "GET", "api/me/notifications", _ => Task.FromResult(new AccessCall("api/me/notifications?limit=20")), SignedIn),
        new("mark my notifications read", "POST", "api/me/notifications/read",
            _ => Task.FromResult(new AccessCall("api/me/notifications/read", new { })), SignedIn),
        new("my notification preferences", "GET", "api/me/notifications/preferences",
            _ => Task.FromResult(new AccessCall("api/me/notifications/preferences")), SignedIn),
        new("choose my notification preferences", "PUT", "api/me/notifications/preferences",
            _ => Task.FromResult(new AccessCall("api/me/notifications/preferences",
                new { preferences = new[] { new { kind = "Survey", mode = "Digest" } } })),
            SignedIn),
    ];
}
