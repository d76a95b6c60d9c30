using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>A client complains from the request's page; the provider sees it arrive live on its complaints page and resolves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ComplaintsPageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task A_complaint_filed_from_a_request_page_reaches_the_provider_live_and_the_client_sees_its_resolution()
    {
        var hr = await platform.AsAsync("hr.requester");
        var filed = await hr.PostAsJsonAsync("api/requests", new { serviceId = "it.password-reset", title = "Compte verrouillé", answers = new Dictionary<string, string>() });
        var requestId = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var provider = await pages.OpenAsync("complaints.html", "it.agent");
        await Expect(provider.Locator("body[data-live=connected]")).ToHaveCountAsync(1);

        var client = await pages.OpenAsync($"requests.html#request={requestId}", "hr.requester");
        var complain = client.GetByTestId("complain");
        await complain.GetByTestId("complain-open").ClickAsync();
        await complain.GetByTestId("complain-cause").SelectOptionAsync("Quality");
        await complain.GetByTestId("complain-text").FillAsync("Le nouveau mot de passe ne fonctionne pas.");
        await complain.GetByTestId("complain-submit").ClickAsync();
        var link = complain.GetByTestId("complain-filed");
        await Expect(link).ToContainTextAsync("CMP-IT-");
        var complaintId = ComplaintId().Match(await link.InnerTextAsync()).Value;

        // Live: the provider's page lists it without a reload.
        var row = provider.Locator($"[data-testid=complaint-row][data-id='{complaintId}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("complaint-level")).ToHaveTextAsync("agents");
        await row.GetByRole(AriaRole.Link, new() { Name = complaintId }).ClickAsync();
        var detail = provider.GetByTestId("complaint-detail");
        await detail.GetByTestId("complaint-acknowledge").ClickAsync();
        await Expect(detail.GetByTestId("detail-status")).ToHaveTextAsync("Acknowledged");
        await detail.GetByTestId("complaint-kind").SelectOptionAsync("Redo");
        await detail.GetByTestId("complaint-resolve-text").FillAsync("Mot de passe réinitialisé de nouveau et vérifié avec vous.");
        await detail.GetByTestId("complaint-resolve").ClickAsync();
        await Expect(detail.GetByTestId("detail-status")).ToHaveTextAsync("Resolved");
        await Expect(detail.GetByTestId("complaint-resolution")).ToHaveTextAsync("Work redone");

        await link.ClickAsync();
        await Expect(client).ToHaveURLAsync(new Regex("/complaints\\.html#complaint=" + complaintId + "$"));
        var seen = client.GetByTestId("complaint-detail");
        await Expect(seen.GetByTestId("detail-status")).ToHaveTextAsync("Resolved");
        await Expect(seen.GetByTestId("complaint-answer")).ToHaveTextAsync("Mot de passe réinitialisé de nouveau et vérifié avec vous.");
        await Expect(seen.GetByTestId("complaint-actions")).ToHaveCountAsync(0);
        await client.GetByTestId("lang-fr").ClickAsync();
        await Expect(seen.GetByTestId("complaint-resolution")).ToHaveTextAsync("Travail refait");

        await FinishAsync(provider, "provider");
        await FinishAsync(client, "client");
    }

    [Fact]
    public async Task A_manager_reads_the_report_and_its_csv_link_and_sets_the_standard_on_the_complaints_page()
    {
        var page = await pages.OpenAsync("complaints.html", "it.manager");

        var report = page.GetByTestId("complaints-report");
        await Expect(report).ToBeVisibleAsync();
        await report.GetByTestId("report-by").SelectOptionAsync("Cause");
        await Expect(report.GetByTestId("report-csv")).ToHaveAttributeAsync("href", "/api/complaints/report/export?by=cause&every=week");

        var standard = page.GetByTestId("complaint-standard");
        await Expect(standard.GetByTestId("standard-ack")).ToHaveValueAsync("2");
        await standard.GetByTestId("standard-answer").FillAsync("12");
        await standard.GetByTestId("standard-save").ClickAsync();
        await Expect(standard.GetByTestId("standard-status")).ToContainTextAsync("Saved");
        try
        {
            var stored = await (await platform.AsAsync("hr.requester")).GetFromJsonAsync<JsonObject>("api/complaints/standards/it");
            stored!["answerDays"]!.GetValue<int>().Should().Be(12);
        }
        finally
        {
            (await (await platform.AsAsync("it.manager")).PutAsJsonAsync("api/complaints/standards/it", new { acknowledgeDays = 2, answerDays = 10 })).EnsureSuccessStatusCode();
        }

        await FinishAsync(page);
    }

    private Task FinishAsync(IPage page, string? suffix = null, [CallerMemberName] string test = "") =>
        pages.FinishAsync(page, suffix is null ? test : $"{test}_{suffix}");

    [GeneratedRegex("CMP-IT-[0-9]{5}")]
    private static partial Regex ComplaintId();
}
