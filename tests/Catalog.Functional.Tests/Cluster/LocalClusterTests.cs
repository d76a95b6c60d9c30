using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Requests;
using Catalog.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Catalog.Functional.Tests.Cluster;

/// <summary>
/// The local cluster of <c>infra/cluster.sh</c>: two silos and two web front ends as separate processes on one
/// Azurite. What is filed through one web process reaches the browser of the other, the sign-in holds on both, and
/// the cluster survives a silo killed outright.
/// </summary>
public sealed partial class LocalClusterTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Service = "it.password-reset";

    [Fact]
    public async Task A_request_filed_through_one_web_reaches_the_board_of_the_other_and_survives_a_killed_silo()
    {
        var watch = Stopwatch.StartNew();
        var logs = Path.Combine(BrowserFixture.ScreenshotFolder, nameof(LocalClusterTests) + "-logs");
        await using var cluster = await LocalCluster.StartAsync(silos: 2, webs: 2, TimeSpan.FromSeconds(150), logs);
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: cluster ready");
        try
        {
            await RunAsync(cluster, watch);
        }
        catch
        {
            output.WriteLine(cluster.Output);
            output.WriteLine(cluster.LogTails());
            cluster.CopyLogsTo(logs);
            throw;
        }

        var left = await cluster.StopAsync(TimeSpan.FromSeconds(45));
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: cluster stopped");
        left.Should().BeEmpty("stopping the script stops every silo, web and Azurite it started");
    }

    private async Task RunAsync(LocalCluster cluster, Stopwatch watch)
    {
        cluster.Silos.Should().HaveCount(2);
        cluster.Webs.Should().HaveCount(2);
        var (web1, web2) = (cluster.Webs[0], cluster.Webs[1]);
        using var anonymous = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        (await SilosSeenByAsync(anonymous, web1)).Should().Be(2);
        (await SilosSeenByAsync(anonymous, web2)).Should().Be(2);

        // IT's board in Chromium, on web 1.
        await using var pages = new BrowserPages(browser, web1.Url);
        var board = await pages.OpenAsync("board.html", "it.agent", allowFailedResponses: true);
        await Expect(board.GetByTestId("board-title")).ToHaveTextAsync("SLA board — Information Technology");
        await Expect(board.GetByTestId("live-status")).ToHaveTextAsync("Live");
        var cell = board.Locator("[data-testid='cell'][data-provider='it'][data-client='hr']");
        await Expect(cell).ToHaveAttributeAsync("data-filed", new Regex(@"^\d+$"));
        var filedBefore = int.Parse((await cell.GetAttributeAsync("data-filed"))!, CultureInfo.InvariantCulture);
        await board.EvaluateAsync("() => { window.__notReloaded = true; }");

        // The browser's sign-in, made by web 1, holds on web 2: one key ring.
        var me = await board.Context.APIRequest.GetAsync(new Uri(web2.Url, "api/me").ToString());
        me.Status.Should().Be(200, "web 2 accepts the cookie web 1 issued");
        (await me.JsonAsync())!.Value.GetProperty("userId").GetString().Should().Be("it.agent");

        // Filed through web 2 over HTTP by HR's requester: web 1's browser sees it without a reload.
        var (hr, _) = await DemoSignIn.SignInAsync(web2.Url, RequestApi.HrRequester, TimeSpan.FromSeconds(20));
        using var requester = hr;
        var first = await FileUntilCreatedAsync(requester, TimeSpan.FromSeconds(30));
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: filed {first} through web 2");
        await Expect(cell).ToHaveAttributeAsync("data-filed", Count(filedBefore + 1));

        // A silo dies outright; the script reports it and keeps the rest running.
        var victim = cluster.Silos[0];
        cluster.Kill(victim);
        var killedAt = watch.Elapsed;
        output.WriteLine($"{killedAt.TotalSeconds:F1} s: killed silo {victim.Number} (pid {victim.Pid})");
        var healthOf1 = EventuallyOneSiloAsync(anonymous, web1, killedAt, watch);
        var healthOf2 = EventuallyOneSiloAsync(anonymous, web2, killedAt, watch);

        var second = await FileUntilCreatedAsync(requester, TimeSpan.FromSeconds(60));
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: filed {second} through web 2, {(watch.Elapsed - killedAt).TotalSeconds:F1} s after the kill");
        await Expect(cell).ToHaveAttributeAsync("data-filed", Count(filedBefore + 2), new() { Timeout = 30_000 });
        (await board.EvaluateAsync<bool>("() => window.__notReloaded === true")).Should().BeTrue("the board updated in place");
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: web 1's board shows it");

        await healthOf1;
        await healthOf2;
        cluster.IsRunning.Should().BeTrue("a silo's death alone does not stop the cluster");
        cluster.Output.Should().Contain($"silo {victim.Number} pid {victim.Pid} exited status 137 silos-left 1");

        // The board still loads from web 1 after the failover, with both requests.
        await board.ReloadAsync();
        await Expect(board.GetByTestId("live-status")).ToHaveTextAsync("Live");
        await Expect(cell).ToHaveAttributeAsync("data-filed", Count(filedBefore + 2));
        await Expect(cell).ToHaveAttributeAsync("data-status", new Regex("^(onTrack|atRisk|breached)$"));
        await pages.FinishAsync(board, nameof(A_request_filed_through_one_web_reaches_the_board_of_the_other_and_survives_a_killed_silo));
    }

    /// <summary>
    /// Files one request (one idempotency key, so a retry never files it twice) until it is created: meanwhile only
    /// 503 with Retry-After is acceptable, each answer within the web tier's call timeout, never a hang.
    /// </summary>
    private async Task<string> FileUntilCreatedAsync(HttpClient requester, TimeSpan patience)
    {
        var key = Guid.NewGuid().ToString("N");
        var deadline = DateTime.UtcNow + patience;
        for (var attempt = 1; ; attempt++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await RequestApi.FileAsync(requester, Service, idempotencyKey: key);
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"  attempt {attempt}: {(int)response.StatusCode} in {watch.Elapsed.TotalSeconds:F2} s"
                + (response.Headers.RetryAfter is { } retry ? $" (Retry-After {retry})" : ""));
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "a call in flight on a dead silo is answered, not left hanging");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return JsonNode.Parse(body)!["id"]!.GetValue<string>();
            }

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body);
            response.Headers.RetryAfter.Should().NotBeNull("a 503 says when to try again");
            DateTime.UtcNow.Should().BeBefore(deadline, "the cluster takes the request again within {0}", patience);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private async Task EventuallyOneSiloAsync(HttpClient http, LocalCluster.Web web, TimeSpan killedAt, Stopwatch watch)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int? silos;
        while ((silos = await SilosSeenByAsync(http, web)) != 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        silos.Should().Be(1, $"web {web.Number}'s health check sees the killed silo gone");
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: web {web.Number} reports 1 silo, {(watch.Elapsed - killedAt).TotalSeconds:F1} s after the kill");
    }

    /// <summary>The silos web's /health/ready counts ("2 silo(s) active."), or null unless it answers 200.</summary>
    private static async Task<int?> SilosSeenByAsync(HttpClient http, LocalCluster.Web web)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(web.Url, "health/ready"));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            var report = await response.Content.ReadFromJsonAsync<JsonObject>();
            var description = report!["checks"]!["silo"]!["description"]!.GetValue<string>();
            return SiloCount().Match(description) is { Success: true } match
                ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) silo\(s\) active\.$")]
    private static partial Regex SiloCount();
}
