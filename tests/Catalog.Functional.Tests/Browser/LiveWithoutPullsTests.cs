using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Functional.Tests.Live;
using Catalog.Requests;
using Catalog.Sla;
using Catalog.Web.Live;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// Live without pulls: the provider's queue and the client's My requests (with a request open in its panel) follow
/// a request through five changes made elsewhere, drawing status, countdowns, pause reason, buttons and history from
/// the hub's events alone. Chromium's own request log proves no page asks the server anything meanwhile.
/// </summary>
[Collection(LivePagesCollection.Name)]
public sealed class LiveWithoutPullsTests(LivePagesPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task Events_redraw_the_queue_my_requests_and_the_open_panel_without_a_single_http_call()
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.software-install",
            "Docking station for the reception desk", new() { ["Computer asset number"] = "HR-0977" });
        var id = filed["id"]!.GetValue<string>();

        var it = await pages.OpenAsync("queue.html", "it.agent");
        var row = it.Locator($"[data-testid='queue-row'][data-request-id='{id}']");
        await Expect(it.GetByTestId("live-status")).ToHaveTextAsync("Live");
        await Expect(row.GetByTestId("due")).ToContainTextAsync("left");
        await Expect(row.GetByTestId("action-Acknowledge")).ToBeVisibleAsync();

        var hr = await pages.OpenAsync($"requests.html#request={id}", "hr.requester");
        var card = hr.Locator($"[data-testid='request-card'][data-request-id='{id}']");
        var panel = hr.GetByTestId("request-detail");
        await Expect(hr.GetByTestId("live-status")).ToHaveTextAsync("Live");
        await Expect(card.GetByTestId("clock").First).ToContainTextAsync("left");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Docking station for the reception desk");
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("Marie Tremblay filed the request");
        await Expect(card.GetByTestId("requester")).ToHaveTextAsync("Marie Tremblay");

        // From here on, every HTTP call of either page is recorded. The server's clock is read every 30 s whatever
        // happens (clocks.js) and a person's name once per person (names.js): neither is a cost of an event.
        var calls = new ConcurrentQueue<string>();
        var names = new ConcurrentQueue<string>();
        void Record(object? sender, Microsoft.Playwright.IRequest request)
        {
            if (request.Url.Contains("/api/clock", StringComparison.Ordinal) || request.ResourceType == "websocket")
            {
                return;
            }

            (request.Url.Contains("/api/directory/people/names", StringComparison.Ordinal) ? names : calls).Enqueue($"{request.Method} {request.Url}");
        }

        it.Request += Record;
        hr.Request += Record;

        await ActAsync("it.agent", id, "acknowledge", new { });
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("Acknowledged");
        await Expect(row.GetByTestId("action-Start")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("action-Acknowledge")).ToBeHiddenAsync();
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("Acknowledged");

        await ActAsync("it.agent", id, "start", new { });
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("In progress");

        await ActAsync("it.agent", id, "comments", new { comment = "The docking station arrives on Wednesday." });
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("The docking station arrives on Wednesday.");

        await ActAsync("it.agent", id, "wait", new { reason = "InformationMissing", comment = "Which desk, the left or the right one?" });
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("Waiting on client");
        await Expect(row).ToContainTextAsync("Information missing");
        await Expect(card.GetByTestId("request-waiting")).ToHaveTextAsync("Waiting on you: Information missing");
        await Expect(card.Locator("[data-testid='clock'][data-kind='ClientResponse']")).ToContainTextAsync("left");
        await Expect(panel.GetByTestId("waiting-callout")).ToContainTextAsync("Which desk, the left or the right one?");
        await Expect(panel.GetByTestId("action-Resume")).ToBeVisibleAsync();

        await ActAsync("hr.requester", id, "resume", new { comment = "The left one, by the window." });
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await Expect(panel.GetByTestId("history-item")).ToHaveCountAsync(5);
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("The left one, by the window.");
        await Expect(row.GetByTestId("due")).ToContainTextAsync("left");
        await Expect(panel.GetByTestId("action-Resume")).ToBeHiddenAsync();

        calls.Should().BeEmpty("five events reached two pages and an open panel, and none of them asked the server for anything");
        names.Count.Should().BeLessThanOrEqualTo(2, "a person's name is asked for once, not per event");
        await pages.FinishAsync(hr, Test());
    }

    [Fact]
    public async Task A_countdown_in_the_page_is_the_servers_reading_less_the_business_time_the_csharp_calendar_counts()
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.software-install",
            "Second screen for the payroll clerk", new() { ["Computer asset number"] = "HR-0978" });
        var id = filed["id"]!.GetValue<string>();
        var it = await pages.OpenAsync("queue.html", "it.agent");
        await Expect(it.Locator($"[data-testid='queue-row'][data-request-id='{id}'] [data-testid='due']")).ToContainTextAsync("left");

        // The reading the page drew from: the same snapshot, taken by another connection at the same (fake) instant.
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");
        var snapshot = await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);
        var clock = snapshot.Items.Single(s => s.Id == id).Clocks!.First(c => c.State == ClockRunState.Running);
        var settings = await (await platform.AsAsync("it.agent")).GetFromJsonAsync<CalendarSettings>("api/departments/it/calendar", LiveClient.Json);
        var calendar = BusinessCalendar.FromDefinition(settings!.Hours.Count == 0
            ? CalendarDefinition.Default(settings.TimeZoneId)
            : new CalendarDefinition(settings.TimeZoneId, [.. settings.Hours.Select(h => new WeeklyInterval(h.Day, h.Start, h.End))],
                [.. settings.Holidays], [.. settings.YearlyHolidays.Select(y => new AnnualDate(y.Month, y.Day))]));

        // Across lunch, the evening, the night, the weekend and most of the next week (Monday 10:00 in Toronto + …).
        TimeSpan[] after = [TimeSpan.FromMinutes(30), TimeSpan.FromHours(3), TimeSpan.FromHours(8), TimeSpan.FromHours(23),
            TimeSpan.FromDays(5.2), TimeSpan.FromDays(7.9)];
        var instants = after.Select(a => snapshot.AsOf + a).ToArray();
        var inPage = await it.EvaluateAsync<double[]>("""
            async ([clock, asOf, instants]) => {
              const clocks = await import('/js/clocks.js');
              return instants.map((at) => clocks.readClock(JSON.parse(clock), asOf, Date.parse(at)).remaining);
            }
            """, new object[] { JsonSerializer.Serialize(clock, LiveClient.Json), snapshot.AsOf.ToString("O"), instants.Select(i => i.ToString("O")).ToArray() });

        var expected = instants.Select(at => (clock.Remaining - calendar.BusinessTimeBetween(snapshot.AsOf, at)).TotalMilliseconds).ToArray();
        inPage.Should().Equal(expected, (a, b) => Math.Abs(a - b) < 1,
            "the page subtracts only the server's business intervals, which are the C# calendar's");
        expected.Distinct().Should().HaveCountGreaterThan(3, "the instants fall in and out of business hours");
    }

    private async Task ActAsync(string userId, string id, string verb, object body)
    {
        var http = await platform.AsAsync(userId);
        var response = await http.PostAsJsonAsync($"api/requests/{id}/{verb}", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static string Test([CallerMemberName] string test = "") => test;
}
