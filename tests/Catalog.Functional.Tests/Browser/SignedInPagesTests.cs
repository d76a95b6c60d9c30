using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The pages with real sign-in: the way in and out, each person seeing their own department's work, the auditor's
/// trail and a manager's people, and no page breaking its Content Security Policy or logging an error.
/// </summary>
[Collection(LivePagesCollection.Name)]
public sealed class SignedInPagesTests(LivePagesPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task An_unsigned_visit_lands_on_the_sign_in_page_and_signing_in_returns_where_it_was_going()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("queue.html?status=all");

        await Expect(page).ToHaveURLAsync(new Regex(@"/signin\?returnUrl=%2Fqueue\.html%3Fstatus%3Dall$"));
        await Expect(page.GetByTestId("signin")).ToBeVisibleAsync();
        await page.GetByTestId("signin-it.agent").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/queue\.html\?status=all$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Queue — Information Technology");
        await Expect(page.GetByTestId("status-filter")).ToHaveValueAsync("all");
        await Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync();
        await FinishAsync(page);
    }

    [Fact]
    public async Task The_header_shows_the_signed_in_person_and_signing_out_returns_to_the_sign_in_page()
    {
        var page = await OpenAsync("requests.html", "hr.requester");

        var account = page.GetByTestId("account");
        await Expect(account.GetByTestId("account-name")).ToHaveTextAsync("Marie Tremblay");
        await Expect(account.GetByTestId("account-department")).ToHaveTextAsync("Human Resources");
        await Expect(account.GetByTestId("account-role")).ToHaveTextAsync("Requester");
        await Expect(page.GetByTestId("nav-audit")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("nav-people")).ToBeHiddenAsync();
        await Expect(page.Locator("#page-subtitle")).ToContainTextAsync("Human Resources");

        await page.GetByTestId("lang-fr").ClickAsync();
        await Expect(account.GetByTestId("account-role")).ToHaveTextAsync("Demandeur");
        await Expect(account.GetByTestId("sign-out")).ToHaveTextAsync("Se déconnecter");
        await page.GetByTestId("lang-en").ClickAsync();
        await Expect(account.GetByTestId("sign-out")).ToHaveTextAsync("Sign out");
        await FinishAsync(page);

        await account.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/signin$"));
        await Expect(page.GetByTestId("signin")).ToBeVisibleAsync();
        var me = await page.APIRequest.GetAsync("/api/me");
        me.Status.Should().Be(401, "the sign-in cookie is gone");
        await page.GotoAsync("requests.html");
        await Expect(page).ToHaveURLAsync(new Regex(@"/signin\?returnUrl=%2Frequests\.html$"));
    }

    [Fact]
    public async Task An_HR_requesters_queue_page_shows_HRs_queue_and_never_ITs()
    {
        var page = await OpenAsync("queue.html?department=it&status=all", "hr.requester");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Queue — Human Resources");
        await Expect(page).ToHaveURLAsync(new Regex(@"/queue\.html\?status=all$"));
        await Expect(page.GetByTestId("queue-row").First).ToBeVisibleAsync();
        var ids = await page.GetByTestId("queue-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.requestId)");
        ids.Should().NotBeEmpty().And.OnlyContain(id => id.StartsWith("HR-", StringComparison.Ordinal), "HR provides these; IT's are not HR's to see");
        await Expect(page.GetByTestId("provider-filter")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", "/api/queues/provider/hr/export");

        var it = await page.APIRequest.GetAsync("/api/queues/provider/it");
        it.Status.Should().Be(403, "the server refuses another department's queue whatever the page does");
        var csv = await page.APIRequest.GetAsync("/api/queues/provider/hr/export");
        csv.Status.Should().Be(200);
        (await csv.TextAsync()).Should().Contain(ids[0]);
        await FinishAsync(page);
    }

    [Fact]
    public async Task The_auditor_sees_an_acknowledgement_with_who_made_it_and_from_where()
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.password-reset", "Locked out after the holidays");
        var id = filed["id"]!.GetValue<string>();
        var it = await OpenAsync("queue.html", "it.agent");
        var row = it.Locator($"[data-testid='queue-row'][data-request-id='{id}']");
        await row.GetByTestId("action-Acknowledge").ClickAsync();
        await Expect(row.GetByTestId("request-status")).ToHaveTextAsync("Acknowledged");

        var page = await OpenAsync("board.html", "org.auditor");
        await Expect(page.GetByTestId("board-title")).ToHaveTextAsync("SLA board — Organisation");
        await Expect(page.GetByTestId("nav-audit")).ToBeVisibleAsync();
        await page.GetByTestId("nav-audit").ClickAsync();
        await Expect(page.GetByTestId("audit-row").First).ToBeVisibleAsync();
        await page.GetByTestId("entity-type").SelectOptionAsync("request");
        await page.GetByTestId("entity-id").FillAsync(id);
        await page.GetByTestId("audit-search").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/audit\.html\?entityType=request&entityId={id}$"));
        var acknowledged = page.Locator($"[data-testid='audit-row'][data-entity-id='{id}'][data-action='Acknowledge']");
        await Expect(acknowledged).ToHaveCountAsync(1);
        await Expect(acknowledged.GetByTestId("audit-who")).ToContainTextAsync("Karim Dupuis");
        await Expect(acknowledged.GetByTestId("audit-who")).ToContainTextAsync("it.agent");
        await Expect(acknowledged.GetByTestId("audit-department")).ToHaveTextAsync("Information Technology");
        await Expect(acknowledged.GetByTestId("audit-origin")).ToContainTextAsync("127.0.0.1");
        await Expect(acknowledged.GetByTestId("audit-origin")).ToContainTextAsync("Chrome");
        await Expect(acknowledged.GetByTestId("audit-what")).ToContainTextAsync($"Request {id}");
        await Expect(acknowledged.GetByTestId("audit-changes")).ToContainTextAsync("Submitted → Acknowledged");
        await Expect(acknowledged.Locator("[data-testid='audit-changes'] [data-user-id='it.agent']")).ToHaveTextAsync("Karim Dupuis");
        await Expect(page.GetByTestId("audit-row").Last).ToHaveAttributeAsync("data-action", "Filed");
        await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex($@"^/api/audit/export\?entityType=request&entityId={id}$"));
        var csv = await page.APIRequest.GetAsync(await page.GetByTestId("export-csv").GetAttributeAsync("href") ?? "");
        (await csv.TextAsync()).Should().Contain("Acknowledge").And.Contain("it.agent");
        await FinishAsync(page);
    }

    [Fact]
    public async Task A_manager_adds_a_person_changes_their_role_and_removes_them_on_the_people_page()
    {
        var person = "hr.temp-" + Guid.NewGuid().ToString("N")[..6];
        var page = await OpenAsync("requests.html", "hr.manager");
        await page.GetByTestId("nav-people").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Human Resources");
        await Expect(page.Locator("[data-testid='person-row'][data-person-id='hr.requester']")).ToContainTextAsync("Marie Tremblay");
        await Expect(page.GetByTestId("people-department")).ToBeHiddenAsync();
        var own = page.Locator("[data-testid='person-row'][data-person-id='hr.manager']");
        await Expect(own.GetByTestId("person-self")).ToHaveTextAsync("You");
        await Expect(own.GetByTestId("person-remove")).ToHaveCountAsync(0);
        await Expect(own.GetByTestId("person-role")).ToHaveCountAsync(0);
        await Expect(own.GetByTestId("person-role-text")).ToHaveTextAsync("Manager");
        var idBox = await page.GetByTestId("add-id").BoundingBoxAsync();
        var nameBox = await page.GetByTestId("add-name").BoundingBoxAsync();
        var roleBox = await page.GetByTestId("add-role").BoundingBoxAsync();
        nameBox!.Y.Should().BeApproximately(idBox!.Y, 1, "Name sits level with User id, whose hint goes below it");
        roleBox!.Y.Should().BeApproximately(idBox.Y, 1, "so does Role");

        await page.GetByTestId("add-id").FillAsync(person);
        await page.GetByTestId("add-name").FillAsync("Léa Gauthier");
        await page.GetByTestId("add-role").SelectOptionAsync("Requester");
        await page.GetByTestId("add-submit").ClickAsync();
        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Léa Gauthier was added as Requester.");
        var row = page.Locator($"[data-testid='person-row'][data-person-id='{person}']");
        await Expect(row).ToHaveAttributeAsync("data-role", "Requester");

        await row.GetByTestId("person-role").SelectOptionAsync("Agent");

        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Léa Gauthier is now Agent (was Requester).");
        await Expect(row).ToHaveAttributeAsync("data-role", "Agent");
        var manager = await platform.AsAsync("hr.manager");
        var saved = await manager.GetFromJsonAsync<JsonObject>($"api/directory/people/{person}");
        saved!["role"]!.GetValue<string>().Should().Be("Agent");
        saved["departmentId"]!.GetValue<string>().Should().Be("hr");
        await FinishAsync(page);

        await row.GetByTestId("person-remove").ClickAsync();
        await row.GetByTestId("person-remove-confirm").ClickAsync();
        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Léa Gauthier was removed.");
        await Expect(row).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("catalogue.admin", "/", "service-card")]
    [InlineData("catalogue.admin", "requests.html", "request-count")]
    [InlineData("catalogue.admin", "queue.html", "queue-row")]
    [InlineData("catalogue.admin", "board.html", "cell")]
    [InlineData("catalogue.admin", "people.html", "person-row")]
    [InlineData("org.auditor", "board.html", "cell")]
    [InlineData("org.auditor", "queue.html?department=it", "queue-row")]
    [InlineData("org.auditor", "audit.html", "audit-row")]
    public async Task Pages_load_without_console_errors_or_CSP_violations(string person, string path, string content)
    {
        var page = await OpenAsync(path, person);

        await Expect(page.GetByTestId(content).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-name")).Not.ToBeEmptyAsync();
        if (path.StartsWith("queue", StringComparison.Ordinal) || path.StartsWith("board", StringComparison.Ordinal) || path.StartsWith("requests", StringComparison.Ordinal))
        {
            await Expect(page.GetByTestId("live-status")).ToHaveTextAsync("Live");
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await FinishAsync(page, $"{person}_{path.Replace('/', '_').Replace('?', '_').Replace('=', '_')}");
    }

    /// <summary>A browser of its own (a person at their desk in Toronto), not signed in.</summary>
    private Task<IPage> NewPageAsync() => pages.NewPageAsync();

    private Task<IPage> OpenAsync(string path, string userId) => pages.OpenAsync(path, userId);

    private Task FinishAsync(IPage page, string? suffix = null, [CallerMemberName] string test = "") =>
        pages.FinishAsync(page, suffix is null ? test : $"{test}_{suffix}");
}
