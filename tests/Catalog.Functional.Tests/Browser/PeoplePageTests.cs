using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The People page does what the directory API allows each person, and no more: catalogue administrators move
/// people between departments and grant or remove the organisation-wide roles there, managers only assign
/// department roles, auditors read. Each test works on people of its own (a Guid in their id), never on demo
/// people other tests rely on.
/// </summary>
[Collection(LivePagesCollection.Name)]
public sealed class PeoplePageTests(LivePagesPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private const string Administrator = "catalogue.admin";

    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task An_administrator_adds_a_person_to_HR_as_an_auditor()
    {
        var id = NewId();
        var page = await OpenAsync("people.html?department=hr", Administrator);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Human Resources");
        await Expect(page.GetByTestId("add-administrator")).ToBeVisibleAsync();

        await page.GetByTestId("add-id").FillAsync(id);
        await page.GetByTestId("add-name").FillAsync("Chloé Audette");
        await page.GetByTestId("add-role").SelectOptionAsync("Requester");
        await page.GetByLabel("Auditor", new() { Exact = true }).CheckAsync();
        await page.GetByTestId("add-submit").ClickAsync();

        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Chloé Audette was added as Requester, Auditor.");
        var row = Row(page, id);
        await Expect(row.GetByTestId("person-auditor")).ToBeCheckedAsync();
        await Expect(row.GetByTestId("person-administrator")).Not.ToBeCheckedAsync();
        await Expect(page.GetByTestId("add-auditor")).Not.ToBeCheckedAsync();
        var saved = await PersonAsync(id);
        saved["auditor"]!.GetValue<bool>().Should().BeTrue();
        saved["catalogueAdministrator"]!.GetValue<bool>().Should().BeFalse();
        saved["departmentId"]!.GetValue<string>().Should().Be("hr");
        saved["role"]!.GetValue<string>().Should().Be("Requester");
        await FinishAsync(page);
        await RemoveAsync(id);
    }

    [Fact]
    public async Task An_administrator_moves_a_person_from_HR_to_Finance_and_they_leave_HRs_list()
    {
        var id = await AddAsync("Hugo Lemieux", "hr", "Agent");
        var page = await OpenAsync("people.html?department=hr", Administrator);
        var row = Row(page, id);
        await Expect(row.GetByTestId("person-move")).ToHaveAccessibleNameAsync("Department to move Hugo Lemieux to");
        await Expect(row.GetByTestId("person-move-submit")).ToBeDisabledAsync();

        await row.GetByTestId("person-move").SelectOptionAsync("finance");
        await row.GetByTestId("person-move-submit").ClickAsync();

        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Hugo Lemieux moved to Finance.");
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("people-status")).ToBeFocusedAsync();
        var saved = await PersonAsync(id);
        saved["departmentId"]!.GetValue<string>().Should().Be("finance");
        saved["role"]!.GetValue<string>().Should().Be("Agent", "a move keeps the role");
        await FinishAsync(page);

        await page.GetByTestId("people-department").SelectOptionAsync("finance");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Finance");
        await Expect(row).ToHaveAttributeAsync("data-role", "Agent");
        await RemoveAsync(id);
    }

    [Fact]
    public async Task An_administrator_grants_then_removes_catalogue_administrator_with_the_keyboard_too()
    {
        var id = await AddAsync("Inès Caron", "hr", "Requester");
        var page = await OpenAsync("people.html?department=hr", Administrator);
        var toggle = Row(page, id).GetByTestId("person-administrator");
        await Expect(toggle).ToHaveAccessibleNameAsync("Catalogue administrator: Inès Caron");
        await Expect(toggle).Not.ToBeCheckedAsync();

        await toggle.ClickAsync();

        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Inès Caron is now a catalogue administrator.");
        await Expect(toggle).ToBeCheckedAsync();
        (await PersonAsync(id))["catalogueAdministrator"]!.GetValue<bool>().Should().BeTrue();
        await Expect(toggle).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Space");

        await Expect(page.GetByTestId("people-status")).ToHaveTextAsync("Inès Caron is no longer a catalogue administrator.");
        await Expect(toggle).Not.ToBeCheckedAsync();
        (await PersonAsync(id))["catalogueAdministrator"]!.GetValue<bool>().Should().BeFalse();

        await page.GetByTestId("lang-fr").ClickAsync();
        await Expect(toggle).ToHaveAccessibleNameAsync("Administrateur du catalogue : Inès Caron");
        await Expect(Row(page, id).GetByTestId("person-move").Locator("option").First).ToHaveTextAsync("Déplacer vers…");
        await page.GetByTestId("lang-en").ClickAsync();
        await FinishAsync(page);
        await RemoveAsync(id);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_and_the_page_shows_why()
    {
        var page = await OpenAsync("people.html", Administrator, allowFailedResponses: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Information Technology");
        var own = Row(page, Administrator);
        await Expect(own).ToHaveAttributeAsync("data-self", "true");
        await Expect(own.GetByTestId("person-move")).ToHaveCountAsync(0);
        await Expect(own.GetByTestId("person-administrator")).ToBeCheckedAsync();

        await own.GetByTestId("person-administrator").ClickAsync();

        await Expect(page.GetByTestId("message")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("message-title")).ToHaveTextAsync("Not possible now.");
        await Expect(page.GetByTestId("message-detail")).ToContainTextAsync("You cannot remove, demote or move yourself (catalogue.admin)");
        await Expect(page.GetByTestId("people-status")).ToBeHiddenAsync();
        await Expect(own.GetByTestId("person-administrator")).ToBeCheckedAsync();
        (await PersonAsync(Administrator))["catalogueAdministrator"]!.GetValue<bool>().Should().BeTrue("the server refuses the self-lockout");
        await FinishAsync(page);
    }

    [Fact]
    public async Task A_manager_gets_no_organisation_wide_or_move_controls()
    {
        var page = await OpenAsync("people.html?department=hr", "it.manager");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Information Technology");
        await Expect(Row(page, "it.agent").GetByTestId("person-role")).ToBeVisibleAsync();
        await Expect(Row(page, Administrator)).ToContainTextAsync("Catalogue administrator");
        await Expect(Row(page, Administrator).Locator("select, input, button")).ToHaveCountAsync(0);
        await Expect(Row(page, Administrator)).ToContainTextAsync("only a catalogue administrator can change or remove them");
        await Expect(page.GetByTestId("people-department")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("person-administrator")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("person-auditor")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("person-move")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("people-add")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("add-administrator")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("add-auditor")).ToBeHiddenAsync();
        await FinishAsync(page);
    }

    [Fact]
    public async Task An_auditor_reads_any_departments_people_without_any_control()
    {
        var page = await OpenAsync("requests.html", "org.auditor");
        await page.GetByTestId("nav-people").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Finance");
        await Expect(Row(page, "finance.manager").GetByTestId("person-role-text")).ToHaveTextAsync("Manager");
        await page.GetByTestId("people-department").SelectOptionAsync("hr");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People — Human Resources");
        await Expect(Row(page, "hr.agent").GetByTestId("person-role-text")).ToHaveTextAsync("Agent");
        await Expect(page.GetByTestId("people-table").Locator("select, input, button")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("people-add")).ToBeHiddenAsync();
        await FinishAsync(page);
    }

    private static string NewId() => "people-page." + Guid.NewGuid().ToString("N")[..10];

    private static ILocator Row(IPage page, string id) => page.Locator($"[data-testid='person-row'][data-person-id='{id}']");

    /// <summary>Adds a person of our own through the API (as the administrator) and returns their id.</summary>
    private async Task<string> AddAsync(string name, string department, string role)
    {
        var id = NewId();
        var admin = await platform.AsAsync(Administrator);
        (await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = name, departmentId = department, role })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<JsonObject> PersonAsync(string id)
    {
        var admin = await platform.AsAsync(Administrator);
        return (await admin.GetFromJsonAsync<JsonObject>($"api/directory/people/{id}"))!;
    }

    private async Task RemoveAsync(string id)
    {
        var admin = await platform.AsAsync(Administrator);
        (await admin.DeleteAsync($"api/directory/people/{id}")).EnsureSuccessStatusCode();
    }

    /// <summary>A browser of its own (a person at their desk in Toronto), signed in as <paramref name="userId"/>, on a page.</summary>
    private Task<IPage> OpenAsync(string path, string userId, bool allowFailedResponses = false) =>
        pages.OpenAsync(path, userId, allowFailedResponses);

    private Task FinishAsync(IPage page, [CallerMemberName] string test = "") => pages.FinishAsync(page, test);
}
