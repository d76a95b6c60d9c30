using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The pages a department works in, live: two people signed in in two browsers (a client department's requester and
/// a provider department's agent) see each other's work without reloading, and the SLA board follows breaches on the
/// platform's clock.
/// </summary>
[Collection(LivePagesCollection.Name)]
public sealed partial class LivePagesTests(LivePagesPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await pages.DisposeAsync();
        // Switching a page's language saves it as the person's choice: forget it, so the next test starts as the demo does.
        await (await platform.AsAsync("it.agent")).PutAsJsonAsync("api/me/language", new { language = (string?)null });
    }

    [Fact]
    public async Task A_request_filed_from_the_catalogue_appears_in_the_providers_queue_without_a_reload()
    {
        var it = await OpenAsync("queue.html", "it.agent");
        await ExpectRowsAsync(it);
        await MarkLoadedAsync(it);

        var hr = await OpenAsync("/#service=it.laptop-setup", "hr.requester");
        var detail = hr.GetByTestId("service-detail");
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Laptop setup");
        await detail.GetByTestId("file-request-open").ClickAsync();
        var form = detail.GetByTestId("file-request");
        await Expect(form).ToContainTextAsync("You file as Marie Tremblay, for Human Resources.");
        await form.GetByLabel("Title", new() { Exact = true }).FillAsync("Laptop for the summer student in payroll");
        await form.GetByLabel("Cost centre number").FillAsync("CC-4410");
        await form.GetByLabel("Manager's approval").FillAsync("Approved by Julie Caron");
        await form.GetByTestId("file-submit").ClickAsync();

        var filed = form.GetByTestId("filed-message");
        await Expect(filed).ToContainTextAsync(new Regex(@"Request IT-\d{6} filed\."));
        var id = IdIn(await filed.InnerTextAsync());
        await Expect(form.GetByTestId("filed-link")).ToHaveAttributeAsync("href", $"requests.html#request={id}");
        await ScreenshotAsync(hr, "catalogue");

        var row = Row(it, id);
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("new-badge")).ToHaveTextAsync("New");
        await Expect(row).ToContainTextAsync("Laptop for the summer student in payroll");
        await Expect(row).ToContainTextAsync("Human Resources");
        await Expect(row.GetByTestId("requester")).ToHaveTextAsync("Marie Tremblay", new() { Timeout = 10_000 });
        await Expect(row.GetByTestId("requester")).ToHaveAttributeAsync("title", "hr.requester");
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("Submitted");
        await Expect(row.GetByTestId("action-Acknowledge")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("due")).ToContainTextAsync("left");
        await ExpectNotReloadedAsync(it);

        var http = await platform.AsAsync("hr.requester");
        var view = await http.GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        view!["requester"]!.GetValue<string>().Should().Be("hr.requester", "the requester is whoever is signed in");
        view["clientDepartmentId"]!.GetValue<string>().Should().Be("hr");
        view["answers"]!["Cost centre number"]!.GetValue<string>().Should().Be("CC-4410");
        await ScreenshotAsync(it, "queue");

        // The requester follows it on My requests.
        await form.GetByTestId("filed-link").ClickAsync();
        await Expect(hr.Locator($"[data-testid='request-card'][data-request-id='{id}']")).ToBeVisibleAsync();
        await Expect(hr.GetByTestId("request-detail").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Laptop for the summer student in payroll");
        await FinishAsync(hr);
    }

    [Fact]
    public async Task Acknowledging_and_starting_in_the_queue_changes_the_status_on_my_requests_without_a_reload()
    {
        // A free service: work starts without a quote.
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.software-install",
            "Two headsets for the new team members", new() { ["Computer asset number"] = "HR-0412" });
        var id = filed["id"]!.GetValue<string>();

        var hr = await OpenAsync("requests.html", "hr.requester");
        var card = hr.Locator($"[data-testid='request-card'][data-request-id='{id}']");
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("Submitted");
        await Expect(card.GetByTestId("clock").First).ToBeVisibleAsync();
        await MarkLoadedAsync(hr);

        var it = await OpenAsync("queue.html", "it.agent");
        var row = Row(it, id);
        await Expect(row.GetByTestId("requester")).ToHaveTextAsync("Marie Tremblay");
        await Expect(row.GetByTestId("requester")).ToHaveAttributeAsync("title", "hr.requester");
        await row.GetByTestId("action-Acknowledge").ClickAsync();
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("Acknowledged");
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("Acknowledged");
        await Expect(card).ToHaveAttributeAsync("data-status", "Acknowledged");

        await row.GetByTestId("action-Start").ClickAsync();
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await Expect(card.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await ExpectNotReloadedAsync(hr);

        // The client follows it: history and clocks in the panel, the acknowledgement clock met.
        await card.GetByRole(AriaRole.Link).ClickAsync();
        var panel = hr.GetByTestId("request-detail");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Two headsets for the new team members");
        await Expect(panel.GetByTestId("history-item")).ToHaveCountAsync(2);
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("Marie Tremblay filed the request");
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("Karim Dupuis acknowledged receipt");
        await Expect(panel.GetByTestId("request-history")).ToContainTextAsync("Karim Dupuis started the work");
        await Expect(panel.Locator("[data-testid='history-item'][data-action='Acknowledge'] [data-user-id='it.agent']")).ToHaveAttributeAsync("title", "it.agent");
        await Expect(panel.GetByTestId("request-requester")).ToHaveTextAsync("Marie Tremblay");
        await Expect(card.GetByTestId("requester")).ToHaveTextAsync("Marie Tremblay");
        await Expect(panel.Locator("[data-testid='clock'][data-kind='Acknowledgement'] [data-testid='clock-status']")).ToHaveTextAsync("Met");
        await Expect(panel.GetByTestId("action-Cancel")).ToBeVisibleAsync();
        await ScreenshotAsync(it, "queue");
        await FinishAsync(hr);
    }

    [Fact]
    public async Task A_breach_on_the_platform_clock_turns_the_board_cell_red_and_appends_to_the_live_feed()
    {
        var service = await DemoRequests.CreateUrgentServiceAsync(platform);
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", service, "Printer on the 4th floor jams on every page",
            new() { ["Printer number"] = "PRN-0412" });
        var id = filed["id"]!.GetValue<string>();
        var due = filed["clocks"]!.AsArray().Select(c => c!.AsObject())
            .Single(c => c["kind"]!.GetValue<string>() == "Acknowledgement")["dueAt"]!.GetValue<DateTimeOffset>();

        var page = await OpenAsync("board.html", "it.agent");
        await Expect(page.GetByTestId("board-title")).ToHaveTextAsync("SLA board — Information Technology");
        var cell = page.Locator("[data-testid='cell'][data-provider='it'][data-client='hr']");
        await Expect(cell).ToHaveAttributeAsync("data-filed", new Regex(@"^\d+$"));
        var breachedBefore = int.Parse(await cell.GetAttributeAsync("data-breached") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("feed-empty")).ToBeVisibleAsync();
        await MarkLoadedAsync(page);

        platform.Clock!.SetUtcNow(due.AddSeconds(1));

        await Expect(cell).ToHaveAttributeAsync("data-breached", (breachedBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 20_000 });
        await Expect(cell).ToHaveAttributeAsync("data-status", "breached");
        await Expect(cell).ToHaveClassAsync(new Regex(@"\bcell-breached\b"));
        await Expect(cell.GetByTestId("cell-breached")).ToBeVisibleAsync();
        var item = page.Locator($"[data-testid='feed-item'][data-request-id='{id}'][data-type='breached']");
        await Expect(item).ToBeVisibleAsync();
        await Expect(item).ToContainTextAsync($"Breached {id} · Acknowledgement");
        await Expect(item).ToContainTextAsync("Information Technology → Human Resources");
        await Expect(page.GetByTestId("feed-empty")).ToBeHiddenAsync();
        await Expect(cell.GetByTestId("cell-link")).ToHaveAttributeAsync("href", "queue.html?department=it&status=all&counterpart=hr");
        await ExpectNotReloadedAsync(page);
        await cell.ScrollIntoViewIfNeededAsync();
        await FinishAsync(page);

        // The drill-down: the cell leads to IT's queue for HR, where the breached request is flagged in words too.
        await cell.GetByTestId("cell-link").ClickAsync();
        var row = Row(page, id);
        await Expect(row).ToHaveAttributeAsync("data-sla", "breached");
        await Expect(row.GetByTestId("sla-flag")).ToHaveTextAsync("Breached");
        await Expect(page.GetByTestId("counterpart")).ToHaveValueAsync("hr");
        await ScreenshotAsync(page, "drilldown");
    }

    [Fact]
    public async Task Switching_the_queue_to_French_shows_French_labels()
    {
        var page = await OpenAsync("queue.html", "it.agent");
        await ExpectRowsAsync(page);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Business time left" })).ToBeVisibleAsync();

        await page.GetByTestId("lang-fr").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-CA");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("File de travail — Technologies de l'information");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Temps ouvrable restant" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "État" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Département client", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Mes demandes");
        await Expect(page.GetByTestId("sign-out")).ToHaveTextAsync("Se déconnecter");
        await Expect(page.GetByTestId("account-role")).ToHaveTextAsync("Agent");
        await Expect(page.GetByTestId("export-csv")).ToHaveTextAsync("Exporter en CSV");
        var submitted = page.Locator("[data-testid='queue-row'][data-status='Submitted']").First;
        await Expect(submitted.GetByTestId("request-status")).ToHaveTextAsync("Déposée");
        await Expect(submitted.GetByTestId("action-Acknowledge")).ToHaveTextAsync("Accuser réception");
        await Expect(submitted.GetByTestId("due")).ToContainTextAsync("Reste");
        await Expect(page.GetByTestId("live-status")).ToHaveTextAsync("En direct");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('catalog.lang')")).Should().Be("fr");
        await FinishAsync(page);
    }

    /// <summary>A browser of its own (a person at their desk in Toronto), signed in as <paramref name="userId"/>, on a page.</summary>
    private Task<IPage> OpenAsync(string path, string userId) => pages.OpenAsync(path, userId);

    private async Task ExpectRowsAsync(IPage page)
    {
        await Expect(page.GetByTestId("queue-count")).ToHaveTextAsync(new Regex(@"^\d+ requests?$"));
        await Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("live-status")).ToHaveTextAsync("Live");
    }

    private static ILocator Row(IPage page, string id) => page.Locator($"[data-testid='queue-row'][data-request-id='{id}']");

    private static Task MarkLoadedAsync(IPage page) => page.EvaluateAsync("() => { window.__notReloaded = true; }");

    private static async Task ExpectNotReloadedAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => window.__notReloaded === true")).Should().BeTrue("the page updated in place, without a reload");

    private static string IdIn(string text) => RequestId().Match(text).Value;

    private static Task ScreenshotAsync(IPage page, string suffix, [CallerMemberName] string test = "") =>
        BrowserFixture.ScreenshotAsync(page, $"{test}_{suffix}");

    private Task FinishAsync(IPage page, [CallerMemberName] string test = "") => pages.FinishAsync(page, test);

    [GeneratedRegex(@"IT-\d{6}")]
    private static partial Regex RequestId();
}
