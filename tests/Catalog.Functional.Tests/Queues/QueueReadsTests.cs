using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Catalog.Domain.Requests;
using Catalog.Functional.Tests.Requests;
using Catalog.Requests;

namespace Catalog.Functional.Tests.Queues;

/// <summary>
/// Queues and the board with thousands of open requests, through the API: every request is listed once, in
/// breach-first order, page after page with the cursor the page before gave; the board counts every row, well past
/// the thousand a listing may return; queues are whole again after a silo restart. Each test has its own
/// departments, seeded straight into the index before anything reads them.
/// </summary>
public sealed class QueueReadsTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    private static readonly DateTimeOffset Now = FakeClockPlatform.FridayFourPm;
    private static readonly ConditionalWeakTable<FakeClockPlatform, Task> Seeding = [];

    // 1,250 facilities → legal requests this month: a fifth breached, a fifth at risk, one in ten closed; 60 older.
    private static readonly RequestSummary[] FacilitiesToLegal =
    [
        .. Enumerable.Range(0, 1250).Select(i => IndexRows.Summary(
            $"FAC-{i:D5}", "facilities", "legal", Now.AddMinutes(-i * 20), Now.AddHours(i % 300),
            status: i % 10 == 9 ? RequestStatus.Closed : RequestStatus.InProgress, atRisk: i % 5 == 1, breached: i % 5 == 0)),
        .. Enumerable.Range(0, 60).Select(i => IndexRows.Summary(
            $"FAC-OLD-{i:D3}", "facilities", "legal", Now.AddDays(-40).AddMinutes(-i), null, RequestStatus.Closed)),
    ];

    // 2,100 it → hr requests: due instants scattered over the next days (some overdue), one in ten with none.
    private static readonly RequestSummary[] ItToHr =
    [
        .. Enumerable.Range(0, 2100).Select(i => IndexRows.Summary(
            $"IT-{i:D5}", "it", "hr", Now.AddSeconds(-i), i % 10 == 3 ? null : Now.AddMinutes((i * 37 % 2000) - 300),
            atRisk: i % 7 == 0, breached: i % 11 == 0)),
    ];

    private static readonly RequestSummary[] FinanceToCommunications =
    [
        .. Enumerable.Range(0, 1500).Select(i => IndexRows.Summary(
            $"FIN-{i:D5}", "finance", "communications", Now.AddMinutes(-i), Now.AddMinutes(i), breached: i % 3 == 0)),
    ];

    [Fact]
    public async Task The_board_counts_every_request_of_a_provider_beyond_a_thousand()
    {
        await SeededAsync(platform);
        var auditor = await platform.AsAsync("org.auditor");
        var month = await FiguresAsync(auditor, "days=30");
        month["departmentId"].Should().BeNull("an auditor sees the organisation's board");
        Pair(month, "facilities", "legal").Should().Be((1250, 1125, 250, 250), "filed, open, at risk and breached this month, every row counted");
        Pair(await FiguresAsync(auditor, "days=all"), "facilities", "legal").Should().Be((1310, 1125, 250, 250));
        Pair(await FiguresAsync(auditor, ""), "facilities", "legal").Should().Be((1250, 1125, 250, 250), "thirty days unless asked");

        var provider = await FiguresAsync(await platform.AsAsync("facilities.agent"), "days=30");
        provider["departmentId"]!.GetValue<string>().Should().Be("facilities");
        Pair(provider, "facilities", "legal").Should().Be((1250, 1125, 250, 250), "the provider's own board");
        Pair(await FiguresAsync(await platform.AsAsync("legal.requester"), "days=30"), "facilities", "legal")
            .Should().Be((1250, 1125, 250, 250), "the client's own board");
        var other = await FiguresAsync(await platform.AsAsync("hr.requester"), "days=30");
        other["pairs"]!.AsArray().Should().NotContain(p => p!["providerDepartmentId"]!.GetValue<string>() == "facilities",
            "another department's board shows nothing of the pair");

        var bad = await auditor.GetAsync("api/board/figures?days=12");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("days");
    }

    [Fact]
    public async Task A_queue_pages_through_thousands_of_requests_once_each_in_breach_first_order()
    {
        await SeededAsync(platform);
        var seeded = ItToHr;
        var agent = await platform.AsAsync(RequestApi.ItAgent);

        var first = await PageAsync(agent, "api/queues/provider/it?limit=1000");
        first["total"]!.GetValue<int>().Should().Be(2100);
        Ids(first).Should().HaveCount(1000);
        var cursor = first["next"]?.GetValue<string>();
        cursor.Should().NotBeNullOrEmpty("more follow");

        // A request filed between two page reads lands in its place; pages already read never shift.
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var filedId = (await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service))["id"]!.GetValue<string>();
        await WaitForTotalAsync(agent, "api/queues/provider/it?limit=1", 2101);

        var listed = new List<string>(Ids(first));
        while (cursor is not null)
        {
            var page = await PageAsync(agent, $"api/queues/provider/it?limit=1000&after={Uri.EscapeDataString(cursor)}");
            page["total"]!.GetValue<int>().Should().Be(2101);
            listed.AddRange(Ids(page));
            cursor = page["next"]?.GetValue<string>();
        }

        listed.Should().OnlyHaveUniqueItems("a cursor is a place in the order, not an offset");
        var expected = seeded.OrderBy(s => s, QueueSummaryOrder.Instance).Select(s => s.Id).ToArray();
        listed.Where(id => id != filedId).Should().Equal(expected, "what breaches first comes first: due instant (none last), filing, id");
        listed.Count.Should().BeInRange(2100, 2101);

        // My requests: hr's client queue holds the seeded and the filed requests, pages of 500.
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var mine = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(requester, "api/queues/client/hr?limit=500" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            page["total"]!.GetValue<int>().Should().Be(2101);
            mine.AddRange(Ids(page));
            after = page["next"]?.GetValue<string>();
        }
        while (after is not null);
        mine.Should().HaveCount(2101).And.OnlyHaveUniqueItems().And.Contain(filedId);

        // Filters count every match, not the page.
        var late = await PageAsync(agent, "api/queues/provider/it?breached=true&limit=5");
        late["total"]!.GetValue<int>().Should().Be(seeded.Count(s => s.Breached));
        Ids(late).Should().Equal(seeded.Where(s => s.Breached).OrderBy(s => s, QueueSummaryOrder.Instance).Take(5).Select(s => s.Id));

        var bad = await agent.GetAsync("api/queues/provider/it?after=not-a-cursor");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("after");
    }

    [Fact]
    public async Task Queues_and_the_board_are_whole_again_after_a_silo_restart()
    {
        await SeededAsync(platform);
        var agent = await platform.AsAsync("finance.agent");
        (await PageAsync(agent, "api/queues/provider/finance?limit=10"))["total"]!.GetValue<int>().Should().Be(1500);

        // Rows stored while the silo is down: only a rebuild from the index can know them.
        await platform.StopSiloAsync();
        await IndexRows.WriteAsync(platform, Enumerable.Range(0, 40).Select(i => IndexRows.Summary(
            $"FIN-LATE-{i:D3}", "finance", "communications", Now.AddSeconds(-i), Now.AddDays(-1), breached: true)));
        await platform.StartSiloAsync();

        var after = await PageAsync(agent, "api/queues/provider/finance?limit=10");
        after["total"]!.GetValue<int>().Should().Be(1540);
        Ids(after).Should().OnlyContain(id => id.StartsWith("FIN-LATE-", StringComparison.Ordinal), "their deadline passed first");
        Pair(await FiguresAsync(await platform.AsAsync("org.auditor"), "days=all"), "finance", "communications")
            .Should().Be((1540, 1540, 0, 540));
        (await PageAsync(await platform.AsAsync("communications.requester"), "api/queues/client/communications?limit=1"))["total"]!
            .GetValue<int>().Should().Be(1540, "the client's queue too");
    }

    // Every test's rows, stored before the first read: a queue's projection reads the index once, when first used
    // (an auditor's board uses every provider's), and afterwards learns only what the request grains write.
    private static Task SeededAsync(FakeClockPlatform platform)
    {
        lock (Seeding)
        {
            if (!Seeding.TryGetValue(platform, out var seeding))
            {
                seeding = IndexRows.WriteAsync(platform, [.. FacilitiesToLegal, .. ItToHr, .. FinanceToCommunications]);
                Seeding.Add(platform, seeding);
            }

            return seeding;
        }
    }

    private static async Task<JsonObject> PageAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> FiguresAsync(HttpClient http, string query) =>
        await PageAsync(http, "api/board/figures" + (query.Length > 0 ? "?" + query : ""));

    private static string[] Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    private static (int Filed, int Open, int AtRisk, int Breached) Pair(JsonObject figures, string provider, string client)
    {
        var pair = figures["pairs"]!.AsArray().SingleOrDefault(p =>
            p!["providerDepartmentId"]!.GetValue<string>() == provider && p["clientDepartmentId"]!.GetValue<string>() == client);
        pair.Should().NotBeNull($"the board has a {provider} → {client} row");
        return (pair!["filed"]!.GetValue<int>(), pair["open"]!.GetValue<int>(), pair["atRisk"]!.GetValue<int>(), pair["breached"]!.GetValue<int>());
    }

    private static async Task WaitForTotalAsync(HttpClient http, string path, int total)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await PageAsync(http, path))["total"]!.GetValue<int>() != total)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"the queue reaches {total} requests");
            await Task.Delay(100);
        }
    }

    /// <summary>Queue order written out again here, so the test checks the server's rather than reusing it.</summary>
    private sealed class QueueSummaryOrder : IComparer<RequestSummary>
    {
        public static readonly QueueSummaryOrder Instance = new();

        public int Compare(RequestSummary? x, RequestSummary? y)
        {
            var byDue = (x!.NextDueAt, y!.NextDueAt) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                ({ } a, { } b) => a.CompareTo(b),
            };
            return byDue != 0 ? byDue
                : x.FiledAt != y.FiledAt ? x.FiledAt.CompareTo(y.FiledAt)
                : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
