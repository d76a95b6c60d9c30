using System.Net;
using System.Net.Http.Json;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The agreements and calendar page in Chromium: a manager of it tightens an agreement's resolution target, previews
/// it (the open request on the agreement is listed with its resolution clock before and after, and the quarter's
/// compliance is compared), publishes it, then migrates the open request after confirming.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WhatIfPageTests(CatalogPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task A_manager_previews_a_tighter_target_sees_the_request_it_moves_then_publishes_and_migrates_it()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var created = await manager.PostAsJsonAsync("api/agreements/it", WhatIf.WhatIfApi.Draft(service, 10));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var agreement = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
        var id = (await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service))["id"]!.GetValue<string>();

        var page = await pages.OpenAsync("agreements.html", RequestApi.ItManager);
        try
        {
            await page.GetByTestId("agreement-select").SelectOptionAsync(agreement);
            await Expect(page.GetByTestId("target-Resolution")).ToHaveValueAsync("10");
            await page.GetByTestId("target-Resolution").FillAsync("1");
            await page.GetByTestId("agreement-preview-button").ClickAsync();

            var row = page.Locator($"[data-testid=agreement-preview-row][data-id='{id}'][data-clock='Resolution']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync(id);
            await Expect(row.GetByTestId("before")).ToContainTextAsync("due");
            var before = await row.GetByTestId("before").InnerTextAsync();
            (await row.GetByTestId("after").InnerTextAsync()).Should().NotBe(before, "the due date moves");
            await Expect(page.GetByTestId("agreement-preview-compliance").Locator("[data-testid=compliance-row][data-clock='Resolution']")).ToBeVisibleAsync();

            await page.GetByTestId("agreement-publish").ClickAsync();
            await Expect(page.GetByTestId("whatif-status")).ToContainTextAsync("Published as version 2");
            (await RequestApi.GetAsync(manager, id))["agreementVersion"]!.GetValue<int>().Should().Be(1, "publishing leaves open requests on their version");

            await page.GetByTestId("migrate").ClickAsync();
            await page.GetByTestId("migrate-confirm").ClickAsync();
            await Expect(page.GetByTestId("whatif-status")).ToContainTextAsync("1 request(s) migrated to version 2");
            (await RequestApi.GetAsync(manager, id))["agreementVersion"]!.GetValue<int>().Should().Be(2);

            await page.GetByTestId("lang-fr").ClickAsync();
            await Expect(page.GetByTestId("calendar-preview-button")).ToHaveTextAsync("Aperçu");
            await Expect(page.GetByTestId("agreement-select")).ToHaveValueAsync(agreement, new() { Timeout = 1000 });
            await page.GetByTestId("lang-en").ClickAsync();
            await Expect(page.GetByTestId("calendar-preview-button")).ToHaveTextAsync("Preview");
        }
        finally
        {
            await pages.FinishAsync(page, nameof(A_manager_previews_a_tighter_target_sees_the_request_it_moves_then_publishes_and_migrates_it));
        }
    }
}
