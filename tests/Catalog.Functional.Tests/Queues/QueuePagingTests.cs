using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.Requests;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Queues;

/// <summary>
/// A filtered queue read page after page through the API while requests are filed and acted on between pages: each
/// page is in breach-first order and follows the one before, a request that leaves the filter is not listed, one that
/// joins it is listed once in its place, and the total follows. A platform of its own: these tests change the queue.
/// </summary>
public sealed class QueuePagingTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    private static readonly DateTimeOffset Now = FakeClockPlatform.FridayFourPm;

    [Fact]
    public async Task Pages_of_a_status_filter_stay_in_order_with_no_request_twice_or_missing_while_requests_change_between_pages()
    {
        // 600 seeded requests, half of them submitted, due over the next day and a half (some overdue, some without).
        var seeded = Enumerable.Range(0, 600).Select(i => IndexRows.Summary(
            $"IT-S-{i:D4}", "it", "hr", Now.AddMinutes(-i), i % 17 == 0 ? null : Now.AddMinutes((i * 53 % 2300) - 300),
            status: i % 2 == 0 ? RequestStatus.Submitted : RequestStatus.InProgress, breached: i % 9 == 0)).ToArray();
        await IndexRows.WriteAsync(platform, seeded);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var filed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            filed.Add((await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>());
        }

        const string Submitted = "api/queues/provider/it?status=Submitted&limit=50";
        await WaitForTotalAsync(agent, Submitted, 303);
        var first = await PageAsync(agent, Submitted);
        var listed = new List<JsonNode>(first["items"]!.AsArray()!);
        var cursor = first["next"]!.GetValue<string>();

        // Between pages: the first filed request is acknowledged (it leaves the filter), another is filed (it joins).
        await RequestApi.ActAsync(agent, filed[0], "acknowledge", new { });
        var joined = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        await WaitForTotalAsync(agent, Submitted, 303);

        var pages = 1;
        while (cursor is not null)
        {
            var page = await PageAsync(agent, $"{Submitted}&after={Uri.EscapeDataString(cursor)}");
            page["total"]!.GetValue<int>().Should().Be(303, "300 seeded, 3 filed, one acknowledged, one filed since");
            page["items"]!.AsArray().Should().HaveCountLessThanOrEqualTo(50);
            listed.AddRange(page["items"]!.AsArray()!);
            cursor = page["next"]?.GetValue<string>();
            pages++;
        }

        var ids = listed.Select(i => i!["id"]!.GetValue<string>()).ToList();
        ids.Should().OnlyHaveUniqueItems("a cursor is a place in the order, not an offset");
        listed.Should().OnlyContain(i => i!["status"]!.GetValue<string>() == "Submitted");
        ids.Should().BeEquivalentTo([.. seeded.Where(s => s.Status == RequestStatus.Submitted).Select(s => s.Id), filed[1], filed[2], joined],
            "every submitted request once; the acknowledged one (after the first page's cursor) no more");
        pages.Should().Be(7);
        for (var i = 1; i < listed.Count; i++)
        {
            Compare(listed[i - 1]!, listed[i]!).Should().BeNegative($"{ids[i - 1]} comes before {ids[i]}: what breaches first first");
        }

        // The same pages filtered by breach: only seeded ones breached, every one once.
        var breached = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(agent, "api/queues/provider/it?status=Submitted&breached=true&limit=7" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            page["total"]!.GetValue<int>().Should().Be(seeded.Count(s => s.Status == RequestStatus.Submitted && s.Breached));
            breached.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            after = page["next"]?.GetValue<string>();
        }
        while (after is not null);
        breached.Should().Equal(ids.Where(id => seeded.Any(s => s.Id == id && s.Breached)));
    }

    private static int Compare(JsonNode x, JsonNode y)
    {
        DateTimeOffset? Due(JsonNode n) => n["nextDueAt"] is { } d ? d.GetValue<DateTimeOffset>() : null;
        var byDue = (Due(x), Due(y)) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDue != 0)
        {
            return byDue;
        }

        var byFiling = x["filedAt"]!.GetValue<DateTimeOffset>().CompareTo(y["filedAt"]!.GetValue<DateTimeOffset>());
        return byFiling != 0 ? byFiling : string.CompareOrdinal(x["id"]!.GetValue<string>(), y["id"]!.GetValue<string>());
    }

    private static async Task<JsonObject> PageAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task WaitForTotalAsync(HttpClient http, string path, int total)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await PageAsync(http, path))["total"]!.GetValue<int>() != total)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"the queue reaches {total} requests");
            await Task.Delay(100);
        }
    }
}
