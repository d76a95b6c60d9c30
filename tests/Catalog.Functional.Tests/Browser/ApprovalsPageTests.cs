using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The approvals page in Chromium: a manager names a substitute there; the substitute finds the approval waiting on
/// the same page, opens the request and approves it for the manager. The administrators' complaint roles section on
/// the complaints page designates a department head.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalsPageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task A_manager_names_a_substitute_who_then_finds_the_pending_approval_and_approves_it_for_them()
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", "it.software-install", "Licence for the summer intern", new() { ["Computer asset number"] = "COM-0311" });
        var id = filed["id"]!.GetValue<string>();
        var asked = await (await platform.AsAsync("it.agent")).PostAsJsonAsync($"api/requests/{id}/accommodations",
            new { subject = "Waiver", amount = 480m, description = "Waive the licence for the intern programme" });
        asked.StatusCode.Should().Be(HttpStatusCode.OK, await asked.Content.ReadAsStringAsync());

        var manager = await pages.OpenAsync("approvals.html", "it.manager");
        try
        {
            await Expect(manager.GetByTestId("rule-value")).ToContainTextAsync("150.00 CAD");
            var form = manager.GetByTestId("substitute-form");
            await form.GetByTestId("substitute-person").SelectOptionAsync("it.agent");
            await form.GetByTestId("substitute-submit").ClickAsync();
            var row = manager.Locator("[data-testid=substitute-row][data-substitute='it.agent']");
            await Expect(row.GetByTestId("substitute-state")).ToHaveTextAsync("Current");
            await Expect(manager.GetByTestId("approvals-status")).ToContainTextAsync("decides for you until");

            var agent = await pages.OpenAsync("approvals.html", "it.agent");
            // An agent reads the rule and the substitutes: no form to change them.
            await Expect(agent.GetByTestId("rule-value")).ToContainTextAsync("150.00 CAD");
            await Expect(agent.GetByTestId("rule-form")).ToHaveCountAsync(0);
            await Expect(agent.GetByTestId("substitute-form")).ToHaveCountAsync(0);
            var pending = agent.Locator($"[data-testid=pending-row][data-id='{id}']");
            await Expect(pending.GetByTestId("pending-approval")).ToContainTextAsync("Waiver · 480.00 CAD");
            await Expect(pending).ToContainTextAsync("Licence for the summer intern");

            await pending.GetByTestId("pending-open").ClickAsync();
            var steps = agent.GetByTestId("request-detail").GetByTestId("request-steps");
            var queueCell = agent.Locator("tr", new() { Has = agent.Locator($"[data-request-id='{id}']") });
            await Expect(queueCell.GetByTestId("approval-badge")).ToHaveTextAsync("Approval pending");
            await steps.GetByTestId("approval-reason").FillAsync("Manager away; agreed");
            await steps.GetByTestId("approval-approve").ClickAsync();
            await Expect(steps.GetByTestId("approval")).ToHaveAttributeAsync("data-status", "Approved");
            await Expect(steps.GetByTestId("approval")).ToContainTextAsync("decided by it.agent for it.manager");
            await Expect(queueCell.GetByTestId("approval-badge")).ToHaveCountAsync(0);

            await agent.GotoAsync("approvals.html");
            await Expect(agent.GetByTestId("approvals-pending")).ToBeVisibleAsync();
            await Expect(agent.Locator($"[data-testid=pending-row][data-id='{id}']")).ToHaveCountAsync(0);
            await agent.GetByTestId("lang-fr").ClickAsync();
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Substituts" })).ToBeVisibleAsync();
            await Expect(agent.Locator("[data-testid=substitute-row][data-substitute='it.agent']").GetByTestId("substitute-state")).ToHaveTextAsync("En cours");
            await agent.GetByTestId("lang-en").ClickAsync();
            await pages.FinishAsync(agent, nameof(A_manager_names_a_substitute_who_then_finds_the_pending_approval_and_approves_it_for_them) + "_agent");

            // The manager ends the substitution from the page.
            await manager.ReloadAsync();
            await manager.Locator("[data-testid=substitute-row][data-substitute='it.agent']").GetByTestId("substitute-end").ClickAsync();
            await Expect(manager.Locator("[data-testid=substitute-row][data-substitute='it.agent']")).ToHaveCountAsync(0);
            await pages.FinishAsync(manager, nameof(A_manager_names_a_substitute_who_then_finds_the_pending_approval_and_approves_it_for_them) + "_manager");
        }
        finally
        {
            await EndSubstitutionsAsync();
        }
    }

    [Fact]
    public async Task An_administrator_designates_a_department_head_in_the_complaints_page_roles_section()
    {
        // The demo names heads: the one before is put back, so the other tests meet the demo's escalation path.
        var before = (await (await platform.AsAsync("hr.requester")).GetFromJsonAsync<JsonObject>("api/complaints/roles"))!["heads"]!["hr"]?.GetValue<string>();
        before.Should().NotBe("hr.manager");
        var page = await pages.OpenAsync("complaints.html", "catalogue.admin");
        try
        {
            var roles = page.GetByTestId("complaint-roles");
            var hr = roles.Locator("[data-testid=head-row][data-department='hr']");
            await hr.GetByTestId("head-person").SelectOptionAsync("hr.manager");
            await hr.GetByTestId("head-save").ClickAsync();
            await Expect(roles.GetByTestId("roles-status")).ToHaveTextAsync("Complaint roles saved.");

            var stored = await (await platform.AsAsync("hr.requester")).GetFromJsonAsync<JsonObject>("api/complaints/roles");
            stored!["heads"]!["hr"]!.GetValue<string>().Should().Be("hr.manager");

            // Others read the roles without controls.
            var reader = await pages.OpenAsync("complaints.html", "it.manager");
            await reader.GetByTestId("roles-open").ClickAsync();
            var readOnly = reader.GetByTestId("complaint-roles").Locator("[data-testid=head-row][data-department='hr']");
            await Expect(readOnly.GetByTestId("head-current")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("\\S"));
            await Expect(readOnly.GetByTestId("head-person")).ToHaveCountAsync(0);
            await Expect(readOnly.Locator("[data-user-id='hr.manager']")).ToHaveCountAsync(1);
            await pages.FinishAsync(reader, nameof(An_administrator_designates_a_department_head_in_the_complaints_page_roles_section) + "_reader");
            await pages.FinishAsync(page, nameof(An_administrator_designates_a_department_head_in_the_complaints_page_roles_section));
        }
        finally
        {
            (await (await platform.AsAsync("catalogue.admin")).PutAsJsonAsync("api/complaints/roles/heads/hr", new { userId = before }))
                .EnsureSuccessStatusCode();
        }
    }

    // The platform is shared by the browser tests: a substitution left behind would let it.agent decide elsewhere.
    private async Task EndSubstitutionsAsync()
    {
        var admin = await platform.AsAsync("catalogue.admin");
        var settings = await admin.GetFromJsonAsync<JsonObject>("api/departments/it/approvals");
        foreach (var substitute in settings!["substitutes"]!.AsArray())
        {
            if (substitute!["substituteId"]!.GetValue<string>() == "it.agent")
            {
                await admin.DeleteAsync($"api/departments/it/approvals/substitutes/{substitute["number"]!.GetValue<int>()}");
            }
        }
    }
}
