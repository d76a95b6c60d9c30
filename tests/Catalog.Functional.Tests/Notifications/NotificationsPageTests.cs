using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Notifications;

/// <summary>
/// The notifications page in Chromium: an agent finds the new request of their department in their inbox with the
/// unread count in the header, marks everything read (the count goes), and chooses to get breaches at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsPageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task An_agent_reads_their_notifications_marks_them_read_and_opts_in_to_breaches_at_once()
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.software-install", "Licence for the notifications test",
            new() { ["Computer asset number"] = "COM-0412" });
        var id = filed["id"]!.GetValue<string>();
        var api = await platform.AsAsync("it.agent");
        (await NotificationApi.InboxEventuallyAsync(api, id, 1)).Should().ContainSingle("the feed hands the new request to IT's agents");

        var page = await pages.OpenAsync("notifications.html", "it.agent");
        var item = page.GetByTestId("notification").Filter(new() { HasText = id });
        await Expect(item).ToContainTextAsync($"New request {id}: Licence for the notifications test");
        await Expect(item.GetByTestId("notification-unread")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notifications-count")).ToBeVisibleAsync();

        await page.GetByTestId("notifications-read-all").ClickAsync();
        await Expect(page.GetByTestId("notifications-status")).ToHaveTextAsync("Marked read.");
        await Expect(page.GetByTestId("notification-unread")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("notifications-count")).ToHaveCountAsync(0);

        await Expect(page.GetByTestId("preference-Breach")).ToHaveValueAsync("Digest");
        await page.GetByTestId("preference-Breach").SelectOptionAsync("Immediate");
        await page.GetByTestId("preferences-save").ClickAsync();
        await Expect(page.GetByTestId("notifications-status")).ToHaveTextAsync("Preferences saved.");

        var preferences = await api.GetFromJsonAsync<JsonObject>("api/me/notifications/preferences");
        preferences!["preferences"]!.AsArray().Single(p => p!["kind"]!.GetValue<string>() == "Breach")!["mode"]!.GetValue<string>()
            .Should().Be("Immediate");
        await pages.FinishAsync(page, "notifications");
    }
}
