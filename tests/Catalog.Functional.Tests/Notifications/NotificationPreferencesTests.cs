using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Notifications;

public sealed class NotificationPreferencesTests(NotificationsPlatform platform) : IClassFixture<NotificationsPlatform>
{
    private static readonly TimeSpan Toronto = TimeSpan.FromHours(-5);

    [Fact]
    public async Task None_sends_nothing_and_digest_sends_one_mail_listing_everything_the_next_morning()
    {
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var manager = await platform.AsAsync(RequestApi.ItManager);
        await NotificationApi.PreferAsync(agent, ("NewRequest", "None"));
        await NotificationApi.PreferAsync(manager, ("NewRequest", "Digest"));
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 40);
        var requester = await platform.AsAsync(RequestApi.HrRequester);

        // Friday 16:00, inside IT's hours: three requests.
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>());
        }

        (await NotificationApi.InboxEventuallyAsync(manager, ids[2], 1)).Should().ContainSingle();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        platform.MailsTo(RequestApi.ItManager).Should().BeEmpty("a digest waits for the next morning");

        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 30, 0, Toronto));
        (await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(RequestApi.ItManager).Count > 0, TimeSpan.FromSeconds(15)))
            .Should().BeTrue();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var digest = platform.MailsTo(RequestApi.ItManager).Should().ContainSingle("several waiting make one digest").Subject;
        digest.Subject.Should().Be("Catalog: 3 notifications waiting");
        foreach (var id in ids)
        {
            digest.TextBody.Should().Contain($"New request {id}");
        }

        platform.MailsTo(RequestApi.ItAgent).Should().BeEmpty("it.agent chose none for new requests");
        (await NotificationApi.InboxAboutAsync(agent, ids[0])).Should().BeEmpty("none means not listed either");
    }

    [Fact]
    public async Task Preferences_are_read_back_with_defaults_and_bad_ones_are_refused()
    {
        var auditor = await platform.AsAsync("org.auditor");
        var before = await auditor.GetFromJsonAsync<JsonObject>("api/me/notifications/preferences");
        before!["preferences"]!.AsArray().Select(p => $"{p!["kind"]}={p["mode"]}").Should().Equal(
            "NewRequest=Immediate", "Warning=Immediate", "Breach=Digest", "WaitingOnYou=Immediate", "Survey=Digest");

        await NotificationApi.PreferAsync(auditor, ("Survey", "None"));
        var after = await auditor.GetFromJsonAsync<JsonObject>("api/me/notifications/preferences");
        after!["preferences"]!.AsArray().Single(p => p!["kind"]!.GetValue<string>() == "Survey")!["mode"]!.GetValue<string>().Should().Be("None");

        var bad = await auditor.PutAsJsonAsync("api/me/notifications/preferences", new { preferences = new[] { new { kind = "Breach", mode = "Loud" } } });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await auditor.GetAsync("api/me/notifications?limit=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
