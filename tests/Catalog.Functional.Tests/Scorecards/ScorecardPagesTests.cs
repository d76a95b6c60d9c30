using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Scorecards;

/// <summary>The scorecard and review pages run against the fixture's facts.</summary>
[CollectionDefinition(Name)]
public sealed class ScorecardPagesCollection : ICollectionFixture<ScorecardPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "scorecard pages";
}

/// <summary>
/// In Chromium: the scorecard page shows the hand-computed figures and draws its trend chart under the CSP, its CSV
/// link downloads the same figures, and the annual review prints without the page's chrome.
/// </summary>
[Collection(ScorecardPagesCollection.Name)]
public sealed class ScorecardPagesTests(ScorecardPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task The_scorecard_page_shows_the_figures_and_a_chart_and_its_csv_has_the_same_figures()
    {
        var page = await pages.OpenAsync("scorecards.html?kind=provider&provider=it&from=2026-01-01&to=2026-12-31", "hr.requester");

        await Expect(page.GetByTestId("tile-filed").GetByTestId("tile-value")).ToHaveTextAsync("54");
        await Expect(page.GetByTestId("tile-percent-Resolution").GetByTestId("tile-value")).ToHaveTextAsync("82.7 %");
        await Expect(page.GetByTestId("tile-median").GetByTestId("tile-value")).ToHaveTextAsync("4 business h");
        await Expect(page.GetByTestId("tile-p90").GetByTestId("tile-value")).ToHaveTextAsync("21 business h");
        await Expect(page.GetByTestId("tile-satisfaction").GetByTestId("tile-value")).ToHaveTextAsync("3.7");
        await Expect(page.GetByTestId("held-row")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("nav-scorecards")).ToHaveAttributeAsync("aria-current", "page");

        // Chart.js drew the weekly trend: the canvas has pixels (not blank) and no CSP violation was reported.
        var chart = page.GetByTestId("trend-chart");
        await Expect(chart).ToHaveAttributeAsync("data-rendered", "true");
        var painted = await chart.EvaluateAsync<bool>(
            "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i]) return true; return false; }");
        painted.Should().BeTrue();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        download.SuggestedFilename.Should().Be("scorecard-it-2026-01-01-2026-12-31.csv");
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.Should().Contain("requests,,filed,54\r\n")
            .And.Contain("clock,Resolution,percentMet,82.7\r\n")
            .And.Contain("turnaround,,medianHours,4\r\n")
            .And.Contain("turnaround,,percentile90Hours,21\r\n")
            .And.Contain("satisfaction,,mean,3.7\r\n");

        // In French the same figures, written the French way.
        await page.GetByTestId("lang-fr").ClickAsync();
        await Expect(page.GetByTestId("tile-percent-Resolution").GetByTestId("tile-value")).ToHaveTextAsync(new Regex(@"^82,7\s%$"));
        await Expect(page.GetByTestId("tile-median").GetByTestId("tile-value")).ToHaveTextAsync("4 h ouvrables");
        await pages.FinishAsync(page, "scorecard-page");
    }

    [Fact]
    public async Task A_service_scorecard_is_chosen_on_the_page()
    {
        var page = await pages.OpenAsync("scorecards.html?provider=it&from=2026-01-01&to=2026-12-31", "it.agent");
        await Expect(page.GetByTestId("tile-filed").GetByTestId("tile-value")).ToHaveTextAsync("54");

        await page.GetByTestId("kind").SelectOptionAsync("service");
        await page.GetByTestId("service").SelectOptionAsync("it.laptop-setup");
        await page.GetByTestId("show").ClickAsync();

        await Expect(page.GetByTestId("tile-filed").GetByTestId("tile-value")).ToHaveTextAsync("20");
        await Expect(page.GetByTestId("status")).ToContainTextAsync("Laptop setup");
        await Expect(page).ToHaveURLAsync(new Regex("kind=service.*service=it.laptop-setup"));
        await pages.FinishAsync(page, "scorecard-service");
    }

    [Fact]
    public async Task The_annual_review_shows_the_year_and_prints_without_the_page_chrome()
    {
        var page = await pages.OpenAsync("review.html?department=it&year=2026", "it.agent");

        await Expect(page.GetByTestId("status")).ToContainTextAsync("54 requests filed");
        await Expect(page.GetByTestId("other-group")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("other-group").First).ToContainTextAsync("adobe, licence, photoshop (2)");
        await Expect(page.GetByTestId("unused-service").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("months-row")).ToHaveCountAsync(12);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#app-header")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("print")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("review-demand")).ToBeVisibleAsync();
        await pages.FinishAsync(page, "annual-review-print");
    }
}
