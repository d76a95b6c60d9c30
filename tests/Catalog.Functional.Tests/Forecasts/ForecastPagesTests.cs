using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Requests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Forecasts;

/// <summary>
/// The promised date on the filing form and the breach forecast on the queue, in Chromium, on
/// <see cref="ForecastPlatform"/>'s history.
/// </summary>
[Collection(ForecastCollection.Name)]
public sealed partial class ForecastPagesTests(ForecastPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task The_filing_form_shows_the_promised_range_and_the_request_panel_keeps_it()
    {
        platform.MoveToNextMorning();
        var hr = await pages.OpenAsync($"/#service={Uri.EscapeDataString(platform.ServiceId)}", RequestApi.HrRequester);
        var detail = hr.GetByTestId("service-detail");
        await detail.GetByTestId("file-request-open").ClickAsync();
        var form = detail.GetByTestId("file-request");

        var promise = form.GetByTestId("file-promise");
        await Expect(promise).ToHaveAttributeAsync("data-state", "promised");
        await Expect(promise.GetByTestId("promise-range")).ToContainTextAsync(MostLikely());
        await Expect(promise).ToContainTextAsync("9 times in 10 by");

        await form.GetByLabel("Title", new() { Exact = true }).FillAsync("Reset the payroll clerk's password");
        await form.GetByTestId("file-submit").ClickAsync();
        await Expect(form.GetByTestId("filed-message")).ToBeVisibleAsync();
        await form.GetByTestId("filed-link").ClickAsync();
        var panel = hr.GetByTestId("request-detail");
        await Expect(panel.GetByTestId("promise-at-filing")).ToContainTextAsync("Promised when filed: most likely by");
        var id = Regex.Match(hr.Url, "request=([^&]+)").Groups[1].Value;
        await pages.FinishAsync(hr, "forecast-filing");
        await platform.CancelAsync(Uri.UnescapeDataString(id));
    }

    [Fact]
    public async Task The_queue_colours_rows_by_breach_risk_and_sorts_by_it()
    {
        platform.MoveToNextMorning();
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var older = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();
        platform.FakeClock.Advance(TimeSpan.FromMinutes(30));
        var newer = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();

        var it = await pages.OpenAsync("queue.html", RequestApi.ItAgent);
        var olderRow = it.Locator($"tbody[data-testid=queue-row][data-request-id='{older}']");
        var newerRow = it.Locator($"tbody[data-testid=queue-row][data-request-id='{newer}']");
        await Expect(olderRow).ToHaveAttributeAsync("data-forecast", "high");
        await Expect(olderRow.GetByTestId("forecast-badge")).ToContainTextAsync("Breach risk");
        await Expect(newerRow).ToHaveAttributeAsync("data-forecast", new Regex("^(low|medium)$"));

        await it.GetByTestId("sort-by-risk").ClickAsync();
        await Expect(it.GetByTestId("sort-by-risk")).ToHaveAttributeAsync("aria-pressed", "true");
        var order = await it.Locator("tbody[data-testid=queue-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.requestId)");
        Array.IndexOf(order, older).Should().BeLessThan(Array.IndexOf(order, newer), "the likelier breach comes first");
        var probabilities = await it.Locator("tbody[data-testid=queue-row][data-breach-probability]")
            .EvaluateAllAsync<double[]>("rows => rows.map(r => Number(r.dataset.breachProbability))");
        probabilities.Should().BeInDescendingOrder();
        await pages.FinishAsync(it, "forecast-queue");
        await platform.CancelAsync(older, newer);
    }

    [Fact]
    public async Task The_board_colours_open_requests_by_breach_risk_and_sorts_by_it()
    {
        platform.MoveToNextMorning();
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var older = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();
        platform.FakeClock.Advance(TimeSpan.FromMinutes(30));
        var newer = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();

        var it = await pages.OpenAsync("board.html", RequestApi.ItAgent);
        var risk = it.GetByTestId("board-risk");
        var olderRow = risk.Locator($"tr[data-testid=board-row][data-request-id='{older}']");
        var newerRow = risk.Locator($"tr[data-testid=board-row][data-request-id='{newer}']");
        await Expect(olderRow).ToHaveAttributeAsync("data-forecast", "high");
        await Expect(olderRow).ToHaveClassAsync(new Regex("forecast-row-high"));
        await Expect(olderRow.GetByTestId("forecast-badge")).ToHaveAttributeAsync("data-band", "high");
        await Expect(olderRow.GetByTestId("forecast-badge")).ToContainTextAsync("Breach risk");
        await Expect(newerRow).ToHaveAttributeAsync("data-forecast", new Regex("^(low|medium)$"));
        // Without the toggle the latest activity comes first.
        var rows = risk.Locator("tr[data-testid=board-row]");
        Order(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.requestId)"), newer, older);

        var sort = risk.GetByTestId("sort-by-risk");
        await sort.ClickAsync();
        await Expect(sort).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(sort).ToHaveTextAsync("Sorted by breach risk");
        Order(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.requestId)"), older, newer);
        var probabilities = await risk.Locator("tr[data-testid=board-row][data-breach-probability]")
            .EvaluateAllAsync<double[]>("rows => rows.map(r => Number(r.dataset.breachProbability))");
        probabilities.Should().HaveCountGreaterThanOrEqualTo(2).And.BeInDescendingOrder();

        await sort.ClickAsync();
        await Expect(sort).ToHaveAttributeAsync("aria-pressed", "false");
        Order(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.requestId)"), newer, older);
        await pages.FinishAsync(it, "forecast-board");
        await platform.CancelAsync(older, newer);
    }

    private static void Order(string[] order, string first, string second) =>
        Array.IndexOf(order, first).Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(Array.IndexOf(order, second), "{0} comes before {1} in {2}", first, second, string.Join(", ", order));

    [Fact]
    public async Task A_manager_sees_how_the_forecasts_fared_on_the_scorecard_and_a_requester_only_the_published_figure()
    {
        var manager = await pages.OpenAsync("scorecards.html?kind=provider&provider=it", RequestApi.ItManager);
        var section = manager.GetByTestId("forecast-scorecard");
        await Expect(section.GetByTestId("promises-held")).ToContainTextAsync("90 % date held");
        await Expect(section.GetByTestId("forecast-quality").GetByTestId("brier")).ToContainTextAsync("Brier score of the forecast");
        await Expect(section.GetByTestId("brier-share")).ToBeVisibleAsync();
        await pages.FinishAsync(manager, "forecast-scorecard");

        var requester = await pages.OpenAsync("scorecards.html?kind=provider&provider=it", RequestApi.HrRequester, allowFailedResponses: true);
        await Expect(requester.GetByTestId("forecast-scorecard").GetByTestId("promises-held")).ToContainTextAsync("90 % date held");
        await Expect(requester.GetByTestId("forecast-quality")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("^Most likely by .+; 9 times in 10 by .+\\.$")]
    private static partial Regex MostLikely();
}
