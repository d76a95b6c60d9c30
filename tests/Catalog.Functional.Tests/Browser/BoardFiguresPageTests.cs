using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.Requests;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Queues;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// The SLA board draws the silo's figures (<c>GET /api/board/figures</c>), right with 1,250 requests of one provider
/// (past the thousand a listing returns), and keeps them right through a burst of filings, status changes and a
/// breach by adding what each live event carries, with no HTTP call per event (Chromium's request log).
/// </summary>
[Collection(BoardFiguresCollection.Name)]
public sealed class BoardFiguresPageTests(BoardFiguresPlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages pages = new(browser, platform.BaseAddress);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => pages.DisposeAsync().AsTask();

    [Fact]
    public async Task The_board_shows_the_silos_figures_past_a_thousand_requests_and_follows_a_burst_of_events_without_a_call_each()
    {
        var page = await pages.OpenAsync("board.html", "org.auditor");
        await Expect(page.GetByTestId("live-status")).ToHaveTextAsync("Live");
        var seeded = page.Locator("[data-testid='cell'][data-provider='facilities'][data-client='legal']");
        await Expect(seeded).ToHaveAttributeAsync("data-filed", "1250", new() { Timeout = 20_000 });
        await Expect(seeded).ToHaveAttributeAsync("data-breached", "250");
        await ExpectSameFiguresAsync(page, "as the page opened");

        // From here on every HTTP call of the page is recorded, but for the clock (read every 30 s whatever happens),
        // the forecasts (every 30 s, issue 12) and people's names (once per person).
        var calls = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "websocket" || request.Url.Contains("/api/clock", StringComparison.Ordinal)
                || request.Url.Contains("/api/forecasts/", StringComparison.Ordinal) || request.Url.Contains("/api/directory/people/names", StringComparison.Ordinal))
            {
                return;
            }

            calls.Enqueue($"{request.Method} {request.Url}");
        };
        var watching = Stopwatch.StartNew();

        // The burst: filings into the seeded pair and another, acknowledgements, starts, a resolution, a wait on the
        // client, and a breach on the platform's clock.
        var urgent = await DemoRequests.CreateUrgentServiceAsync(platform);
        var printer = await DemoRequests.FileAsync(platform, "hr.requester", urgent, "Printer on the 2nd floor prints blank pages",
            new() { ["Printer number"] = "PRN-0207" });
        var due = printer["clocks"]!.AsArray().Select(c => c!.AsObject())
            .Single(c => c["kind"]!.GetValue<string>() == "Acknowledgement")["dueAt"]!.GetValue<DateTimeOffset>();
        var rooms = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            rooms.Add(Id(await DemoRequests.FileAsync(platform, "legal.requester", "facilities.room-setup", $"Room for the deposition #{i}")));
        }

        for (var i = 0; i < 3; i++)
        {
            await DemoRequests.FileAsync(platform, "hr.requester", "it.password-reset", $"Locked out of the HR portal #{i}");
        }

        foreach (var id in rooms.Take(4))
        {
            await DemoRequests.ActAsync(platform, "facilities.agent", id, "acknowledge");
        }

        await DemoRequests.ActAsync(platform, "facilities.agent", rooms[0], "start");
        await DemoRequests.ActAsync(platform, "facilities.agent", rooms[0], "resolve", comment: "Set up for twelve.");
        await DemoRequests.ActAsync(platform, "facilities.agent", rooms[1], "wait", "InformationMissing", "How many people?");
        await DemoRequests.ActAsync(platform, "legal.requester", rooms[2], "cancel");
        platform.FakeClock.SetUtcNow(due.AddSeconds(1));
        var it = await platform.AsAsync("it.agent");
        var breached = Stopwatch.StartNew();
        JsonObject view;
        do
        {
            view = (await it.GetFromJsonAsync<JsonObject>($"api/requests/{Id(printer)}"))!;
            await Task.Delay(200);
        }
        while (!view["clocks"]!.AsArray().Any(c => c!["breached"]?.GetValue<bool>() == true) && breached.Elapsed < TimeSpan.FromSeconds(20));
        view["clocks"]!.AsArray().Should().Contain(c => c!["breached"]!.GetValue<bool>(), $"the printer's acknowledgement was due at {due:O}: {view.ToJsonString()}");

        var itHr = page.Locator("[data-testid='cell'][data-provider='it'][data-client='hr']");
        await Expect(itHr).ToHaveAttributeAsync("data-breached", new System.Text.RegularExpressions.Regex("^[1-9]"), new() { Timeout = 20_000 });
        await Expect(seeded).ToHaveAttributeAsync("data-filed", "1256", new() { Timeout = 20_000 });
        await ExpectSameFiguresAsync(page, "after the burst");

        // The page re-reads its figures once a minute as a safety net, never per event.
        var figureReads = calls.Count(c => c.Contains("/api/board/figures", StringComparison.Ordinal));
        calls.Where(c => !c.Contains("/api/board/figures", StringComparison.Ordinal))
            .Should().BeEmpty("every event of the burst reached the page, and none of them made it ask the server anything");
        figureReads.Should().BeLessThanOrEqualTo((int)(watching.Elapsed.TotalSeconds / 60),
            "the figures are read again once a minute at most, whatever the number of events");
        await pages.FinishAsync(page, nameof(The_board_shows_the_silos_figures_past_a_thousand_requests_and_follows_a_burst_of_events_without_a_call_each));
    }

    /// <summary>Waits until every cell of the page shows the figures the API gives now (the events may still be on their way).</summary>
    private async Task ExpectSameFiguresAsync(IPage page, string when)
    {
        var auditor = await platform.AsAsync("org.auditor");
        string? difference = null;
        var deadline = Stopwatch.StartNew();
        do
        {
            var answer = (await auditor.GetFromJsonAsync<JsonObject>("api/board/figures?days=30"))!;
            var expected = answer["pairs"]!.AsArray()
                .ToDictionary(p => $"{p!["providerDepartmentId"]}|{p["clientDepartmentId"]}",
                    p => $"{p!["filed"]}/{p["open"]}/{p["atRisk"]}/{p["breached"]}");
            var shown = await page.EvaluateAsync<Dictionary<string, string>>("""
                () => Object.fromEntries([...document.querySelectorAll("[data-testid='cell'][data-filed]")]
                  .filter((c) => c.dataset.client !== '*')
                  .map((c) => [`${c.dataset.provider}|${c.dataset.client}`, `${c.dataset.filed}/${c.dataset.open}/${c.dataset.atRisk}/${c.dataset.breached}`]))
                """);
            var missing = expected.Where(e => !shown.TryGetValue(e.Key, out var s) || s != e.Value).Select(e => $"{e.Key}: API {e.Value}, page {shown.GetValueOrDefault(e.Key)}");
            var extra = shown.Where(s => !expected.ContainsKey(s.Key)).Select(s => $"{s.Key}: page {s.Value}, API none");
            difference = string.Join("; ", missing.Concat(extra));
            if (difference.Length == 0)
            {
                expected.Should().ContainKey("facilities|legal");
                return;
            }

            await Task.Delay(250);
        }
        while (deadline.Elapsed < TimeSpan.FromSeconds(20));

        difference.Should().BeEmpty($"the board shows the silo's figures {when}");
    }

    private static string Id(JsonObject filed) => filed["id"]!.GetValue<string>();
}

/// <summary>
/// The demo organisation on a fake clock (Monday 23 November 2026, 10:00 in Toronto) with 1,250 facilities → legal
/// requests of this month in the request index (a fifth breached, a fifth at risk, one in ten closed) and 40 older
/// ones, written before anything reads the queues.
/// </summary>
public sealed class BoardFiguresPlatform : CatalogPlatform, IAsyncLifetime
{
    public BoardFiguresPlatform() => Clock = new FakeTimeProvider(LivePagesPlatform.MondayTenAm);

    /// <summary>The fake clock.</summary>
    public FakeTimeProvider FakeClock => Clock!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var now = LivePagesPlatform.MondayTenAm;
        await IndexRows.WriteAsync(this, [
            .. Enumerable.Range(0, 1250).Select(i => IndexRows.Summary(
                $"FAC-{i:D5}", "facilities", "legal", now.AddMinutes(-(i + 1) * 20), now.AddHours(i % 300),
                status: i % 10 == 9 ? RequestStatus.Closed : RequestStatus.InProgress, atRisk: i % 5 == 1, breached: i % 5 == 0)),
            .. Enumerable.Range(0, 40).Select(i => IndexRows.Summary(
                $"FAC-OLD-{i:D3}", "facilities", "legal", now.AddDays(-40).AddMinutes(-i), null, RequestStatus.Closed)),
        ]);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

/// <summary>The board figures' test has its platform and Chromium of its own (its index is seeded before any read).</summary>
[CollectionDefinition(Name)]
public sealed class BoardFiguresCollection : ICollectionFixture<BoardFiguresPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "board figures";
}
