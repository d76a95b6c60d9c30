using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// A request's steps in the pages, as each person uses them: the agent quotes a paid service from the queue, the
/// client accepts on My requests before any work; an accommodation from $150 waits for the manager, who approves in
/// the panel; a second transfer needs its reason and is flagged.
/// </summary>
[Collection(LivePagesCollection.Name)]
public sealed class RequestStepsPageTests(LivePagesPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task The_agent_quotes_a_paid_service_and_work_starts_only_after_the_client_accepts_it()
    {
        var id = await FileAsync("it.accessory-order", "Three headsets for the call centre", new() { ["Cost centre number"] = "CC-4410" });
        var it = await pages.OpenAsync($"queue.html#request={id}", "it.agent");
        var panel = it.GetByTestId("request-detail");
        var steps = panel.GetByTestId("request-steps");
        await Expect(steps.GetByTestId("quotes")).ToContainTextAsync("A paid service");
        await Expect(panel.GetByTestId("action-Start")).ToBeHiddenAsync();

        var form = steps.GetByTestId("quote-form");
        await form.GetByTestId("quote-amount").FillAsync("105");
        await form.GetByTestId("quote-covers").FillAsync("Trois casques avec micro, livrés au poste");
        await form.GetByTestId("quote-send").ClickAsync();
        await Expect(steps.GetByTestId("quote")).ToHaveAttributeAsync("data-status", "Proposed");
        await Expect(panel.GetByTestId("request-status")).ToHaveTextAsync("Waiting on client");

        var hr = await pages.OpenAsync($"requests.html#request={id}", "hr.requester");
        var clientPanel = hr.GetByTestId("request-detail");
        await Expect(clientPanel.GetByTestId("quote")).ToContainTextAsync("105.00 CAD");
        await Expect(clientPanel.GetByTestId("quote")).ToContainTextAsync("Trois casques avec micro");
        await clientPanel.GetByTestId("quote-accept").ClickAsync();
        await Expect(clientPanel.GetByTestId("quote")).ToHaveAttributeAsync("data-status", "Accepted");
        await Expect(clientPanel.GetByTestId("request-status")).ToHaveTextAsync("In progress");

        await Expect(panel.GetByTestId("request-status")).ToHaveTextAsync("In progress");
        await Expect(panel.GetByTestId("action-Resolve")).ToBeVisibleAsync();
        await pages.FinishAsync(it, nameof(The_agent_quotes_a_paid_service_and_work_starts_only_after_the_client_accepts_it));
    }

    [Fact]
    public async Task An_accommodation_from_150_dollars_waits_for_the_manager_who_approves_it_in_the_panel()
    {
        var id = await FileAsync("it.software-install", "Install a licence for the new designer", new() { ["Computer asset number"] = "COM-0042" });
        var it = await pages.OpenAsync($"queue.html#request={id}", "it.agent");
        var steps = it.GetByTestId("request-detail").GetByTestId("request-steps");
        await Expect(steps.GetByTestId("accommodation-threshold")).ToContainTextAsync("150.00 CAD");

        await AskAsync(steps, "Discount", "60", "Ten percent off the licence");
        await Expect(steps.GetByTestId("approval").Nth(0)).ToHaveAttributeAsync("data-status", "Approved");
        await AskAsync(steps, "Waiver", "150", "Waive the install fee for the launch");
        await Expect(steps.GetByTestId("approval").Nth(1)).ToHaveAttributeAsync("data-status", "Pending");
        // An agent does not decide from $150: no control offers it.
        await Expect(steps.GetByTestId("approval-approve")).ToHaveCountAsync(0);

        var manager = await pages.OpenAsync($"queue.html#request={id}", "it.manager");
        var managerSteps = manager.GetByTestId("request-detail").GetByTestId("request-steps");
        await managerSteps.GetByTestId("approval-approve").ClickAsync();
        await Expect(managerSteps.GetByTestId("approval").Nth(1)).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(managerSteps.GetByTestId("approval").Nth(1)).ToContainTextAsync("decided by it.manager");
        await pages.FinishAsync(manager, nameof(An_accommodation_from_150_dollars_waits_for_the_manager_who_approves_it_in_the_panel));
    }

    [Fact]
    public async Task A_second_transfer_needs_its_reason_and_shows_as_beyond_the_standard()
    {
        var id = await FileAsync("it.software-install", "Install the scanner driver", new() { ["Computer asset number"] = "COM-0077" });
        // The refused second transfer is a 400 the page shows, not a failure of the page.
        var it = await pages.OpenAsync($"queue.html#request={id}", "it.agent", allowFailedResponses: true);
        var steps = it.GetByTestId("request-detail").GetByTestId("request-steps");
        await steps.GetByTestId("transfer-open").ClickAsync();
        await steps.GetByTestId("transfer-agent").FillAsync("it.manager");
        await steps.GetByTestId("transfer-send").ClickAsync();
        await Expect(steps.GetByTestId("handoff")).ToHaveCountAsync(1);
        await Expect(steps.GetByTestId("assignee")).ToContainTextAsync("it.manager");

        await steps.GetByTestId("transfer-open").ClickAsync();
        await steps.GetByTestId("transfer-agent").FillAsync("it.agent");
        await steps.GetByTestId("transfer-send").ClickAsync();
        await Expect(steps.GetByTestId("steps-error")).ToContainTextAsync("say why");
        await steps.GetByTestId("transfer-reason").FillAsync("Back to the one who knows the scanner");
        await steps.GetByTestId("transfer-send").ClickAsync();

        await Expect(steps.GetByTestId("handoff")).ToHaveCountAsync(2);
        await Expect(steps.Locator("[data-testid='handoff'][data-beyond='true']")).ToContainTextAsync("beyond the standard");
        await pages.FinishAsync(it, nameof(A_second_transfer_needs_its_reason_and_shows_as_beyond_the_standard));
    }

    private static async Task AskAsync(ILocator steps, string subject, string amount, string description)
    {
        await steps.GetByTestId("accommodation-open").ClickAsync();
        var form = steps.GetByTestId("accommodation-form");
        await form.GetByTestId("accommodation-subject").SelectOptionAsync(subject);
        await form.GetByTestId("accommodation-amount").FillAsync(amount);
        await form.GetByTestId("accommodation-description").FillAsync(description);
        await form.GetByTestId("accommodation-send").ClickAsync();
    }

    private async Task<string> FileAsync(string service, string title, Dictionary<string, string> answers)
    {
        var filed = await DemoRequests.FileAsync(platform, "hr.requester", service, title, answers);
        return filed["id"]!.GetValue<string>();
    }
}
