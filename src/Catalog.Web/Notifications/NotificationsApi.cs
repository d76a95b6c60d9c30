using System.Globalization;
using Catalog.Notifications;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Notifications;

/// <summary>
/// The signed-in person's notifications over HTTP: their inbox (newest first, with the unread count the header
/// shows), marking read, and their choice of Immediate, Digest or None per kind. Everyone signed in has their own;
/// nobody reads another's. Changes are audited as changes of the person.
/// </summary>
public static class NotificationsApi
{
    private const string Tag = "Notifications";

    /// <summary>The most notifications one read lists.</summary>
    public const int MaxLimit = NotificationsBodies.MaxIds;

    /// <summary>Maps /api/me/notifications…</summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/me/notifications").WithTags(Tag);
        api.MapGet("", ListAsync)
            .WithName("GetMyNotifications")
            .WithSummary("The signed-in person's notifications, newest first (limit 1 to 200, default 50; lang fr or en, default theirs), and how many are unread.")
            .ProducesValidationProblem();

        api.MapPost("read", MarkReadAsync)
            .WithName("MarkMyNotificationsRead")
            .WithSummary("Marks notifications read: { \"ids\": [...] }, or {} for all. Returns how many stay unread.")
            .Accepts<MarkReadBody>("application/json")
            .ProducesValidationProblem();

        api.MapGet("preferences", PreferencesAsync)
            .WithName("GetMyNotificationPreferences")
            .WithSummary("The signed-in person's mode per kind of notification: Immediate (inside their department's working hours; a breach at once, day or night), Digest (next morning) or None.");

        api.MapPut("preferences", SetPreferencesAsync)
            .WithName("SetMyNotificationPreferences")
            .WithSummary("Changes the modes of the kinds given: { \"preferences\": [ { \"kind\": \"Breach\", \"mode\": \"Immediate\" } ] }.")
            .Accepts<PreferencesBody>("application/json")
            .ProducesValidationProblem();
        return endpoints;
    }

    internal static async Task<Results<Ok<NotificationsPage>, ValidationProblem>> ListAsync(
        IGrainFactory grains, SignedIn me, HttpContext context, string? limit, string? lang)
    {
        var errors = new Dictionary<string, string[]>();
        var count = 50;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"Use a whole number from 1 to {MaxLimit}."];
        }

        if (lang is not null and not "fr" and not "en")
        {
            errors["lang"] = ["Use \"fr\" or \"en\"."];
        }

        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var inbox = await grains.GetNotifications(me.UserId).ListAsync(count, lang ?? ProblemLanguage.Of(context));
        return TypedResults.Ok(new NotificationsPage(me.UserId, inbox.Unread, inbox.Items));
    }

    internal static async Task<Results<Ok<NotificationsRead>, ValidationProblem>> MarkReadAsync(
        IGrainFactory grains, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<MarkReadBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (NotificationsBodies.Validate(body) is { Count: > 0 } invalid)
        {
            return InputProblems.Invalid(invalid);
        }

        var unread = await grains.GetNotifications(me.UserId).MarkReadAsync(body.Ids);
        return TypedResults.Ok(new NotificationsRead(me.UserId, unread));
    }

    internal static async Task<Ok<NotificationPreferencesView>> PreferencesAsync(IGrainFactory grains, SignedIn me) =>
        TypedResults.Ok(new NotificationPreferencesView(me.UserId, await grains.GetNotifications(me.UserId).GetPreferencesAsync()));

    internal static async Task<Results<Ok<NotificationPreferencesView>, ValidationProblem>> SetPreferencesAsync(
        IGrainFactory grains, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<PreferencesBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (NotificationsBodies.Validate(body) is { Count: > 0 } invalid)
        {
            return InputProblems.Invalid(invalid);
        }

        var preferences = await grains.GetNotifications(me.UserId).SetPreferencesAsync(body.Preferences!);
        return TypedResults.Ok(new NotificationPreferencesView(me.UserId, preferences));
    }
}
