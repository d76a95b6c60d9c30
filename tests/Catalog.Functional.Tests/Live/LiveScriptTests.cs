using System.Text.Json;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Playwright;

using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// wwwroot/js/live.js in Chromium against the running hosts: what the pages build on. The browser is signed in as
/// the auditor, who may follow any department's queue and the organisation's board.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveScriptTests(LivePlatform platform, BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<string> scriptErrors = [];
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await browser.NewContextAsync(platform.BaseAddress, "en-CA");
        await SignInAsync(context, "org.auditor");
        page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            async () => {
              window.live = await import('/js/live.js');
              window.liveEvents = [];
              window.liveSnapshots = [];
              window.live.onEvents((events) => window.liveEvents.push(...events));
            }
            """);
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    /// <summary>Signs in through the demo sign-in and hands the browser that sign-in's cookies.</summary>
    private async Task SignInAsync(IBrowserContext browserContext, string userId)
    {
        var (http, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, userId);
        http.Dispose();
        await browserContext.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Url = platform.BaseAddress.ToString(),
            HttpOnly = c.HttpOnly,
        }));
    }

    [Fact]
    public async Task The_page_script_loads_the_npm_client_joins_a_queue_and_gets_each_event_once_even_from_two_groups()
    {
        var items = await page.EvaluateAsync<int>("""
            async () => {
              const queue = await window.live.joinDepartment('it', 'provider', (page) => window.liveSnapshots.push(page));
              await window.live.joinBoard((board) => window.liveSnapshots.push(board));
              return queue.items.length;
            }
            """);
        items.Should().BeGreaterThanOrEqualTo(0);
        (await page.EvaluateAsync<bool>("() => typeof window.signalR?.HubConnectionBuilder === 'function'"))
            .Should().BeTrue("live.js loads /lib/signalr/signalr.min.js, served from npm");

        var id = await LiveRequests.FileAsync(platform, "hr");
        await LiveRequests.ActAsync(platform, id, "acknowledge");
        await page.WaitForFunctionAsync(
            "(id) => window.liveEvents.filter((e) => e.requestId === id).length >= 2", id, new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(300); // the board's copy of the same events arrives too; it must be dropped

        var events = await page.EvaluateAsync<JsonElement>(
            "(id) => window.liveEvents.filter((e) => e.requestId === id).map((e) => `${e.type}#${e.sequence}`)", id);
        events.EnumerateArray().Select(e => e.GetString()).Should().Equal("filed#1", "transitioned#2");
        (await page.EvaluateAsync<int>("() => window.liveSnapshots.length")).Should().Be(2, "one snapshot per join");
        scriptErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bad_role_rejects_with_the_hub_s_message()
    {
        var message = await page.EvaluateAsync<string>("""
            async () => {
              try {
                await window.live.joinDepartment('it', 'boss');
                return 'joined';
              } catch (error) {
                return error.message;
              }
            }
            """);

        message.Should().Contain("Unknown role 'boss'");
    }
}
