using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.Tests.Scorecards;

namespace Catalog.Functional.Tests.Scorecards;

/// <summary>
/// Scorecards and the annual review over HTTP, from the fixture's facts in the real store (Azurite): the figures are
/// the hand-computed ones of <c>ScorecardFixtureTests</c>, the CSV carries the same, anyone signed in reads them and
/// nothing of a request's contents comes along.
/// </summary>
public sealed class ScorecardApiTests(ScorecardPlatform platform) : IClassFixture<ScorecardPlatform>
{
    private const string Year = "from=2026-01-01&to=2026-12-31";

    [Fact]
    public async Task A_provider_scorecard_read_by_another_department_has_the_hand_computed_figures()
    {
        var outsider = await platform.AsAsync("legal.agent");

        var view = await GetOkAsync(outsider, $"api/scorecards/providers/it?{Year}");

        view["timeZone"]!.GetValue<string>().Should().Be("America/Toronto");
        var f = view["figures"]!;
        Int(f["filed"]).Should().Be(54);
        Int(f["resolved"]).Should().Be(51);
        Int(f["breaches"]).Should().Be(12);
        Num(f["clocks"]![0]!["percentMet"]).Should().Be(94.4);
        Num(f["clocks"]![1]!["percentMet"]).Should().Be(82.7);
        Num(f["turnaround"]!["medianHours"]).Should().Be(4.0);
        Num(f["turnaround"]!["percentile90Hours"]).Should().Be(21.0);
        Num(f["held"]![0]!["hours"]).Should().Be(399.25);
        f["held"]![1]!["departmentId"]!.GetValue<string>().Should().Be("hr");
        Num(f["held"]![1]!["hours"]).Should().Be(6.0);
        Int(f["transfers"]!["beyondOne"]).Should().Be(1);
        Int(f["complaints"]!["count"]).Should().Be(4);
        Num(f["satisfaction"]!["mean"]).Should().Be(3.7);
        Num(f["costTotals"]![0]!["amount"]).Should().Be(400.50);
        f["weeks"]!.AsArray().Should().HaveCount(53);
    }

    [Fact]
    public async Task Pair_and_service_scorecards_count_only_their_requests()
    {
        var reader = await platform.AsAsync("hr.requester");

        var pair = await GetOkAsync(reader, $"api/scorecards/pairs/it/finance?{Year}");
        var service = await GetOkAsync(reader, $"api/scorecards/services/it.laptop-setup?{Year}");

        // Clients go hr, finance, legal in turn: 18 each. The laptop service is IT-001..020.
        Int(pair["figures"]!["filed"]).Should().Be(18);
        pair["figures"]!["costByClient"]!.AsArray().Select(c => c!["clientDepartmentId"]!.GetValue<string>()).Should().Equal("finance");
        Int(service["figures"]!["filed"]).Should().Be(20);
        Num(service["figures"]!["turnaround"]!["medianHours"]).Should().Be(5.5);
        service["serviceName"]!["en"]!.GetValue<string>().Should().Be("Laptop setup");
    }

    [Fact]
    public async Task A_period_in_the_providers_zone_counts_what_was_filed_in_it()
    {
        var reader = await platform.AsAsync("it.agent");

        var march = await GetOkAsync(reader, "api/scorecards/providers/it?from=2026-03-01&to=2026-03-31");

        Int(march["figures"]!["filed"]).Should().Be(8);
        Num(march["figures"]!["turnaround"]!["medianHours"]).Should().Be(5.25);
        march["from"]!.GetValue<string>().Should().Be("2026-03-01");
    }

    [Fact]
    public async Task The_csv_export_has_the_same_figures_as_the_json()
    {
        var reader = await platform.AsAsync("finance.agent");
        var view = await GetOkAsync(reader, $"api/scorecards/providers/it?{Year}");

        var response = await reader.GetAsync($"api/scorecards/providers/it/export?{Year}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var csv = Cells(await response.Content.ReadAsStringAsync());
        var f = view["figures"]!;
        foreach (var metric in new[] { "filed", "resolved", "cancelled", "breaches", "breachedRequests" })
        {
            csv[("requests", "", metric)].Should().Be(Text(f[metric]), metric);
        }

        foreach (var clock in f["clocks"]!.AsArray())
        {
            var kind = clock!["clock"]!.GetValue<string>();
            foreach (var metric in new[] { "met", "breached", "running", "notStarted", "cancelled", "percentMet" })
            {
                csv[("clock", kind, metric)].Should().Be(Text(clock[metric]), $"{kind} {metric}");
            }
        }

        csv[("turnaround", "", "medianHours")].Should().Be(Text(f["turnaround"]!["medianHours"]));
        csv[("turnaround", "", "percentile90Hours")].Should().Be(Text(f["turnaround"]!["percentile90Hours"]));
        foreach (var held in f["held"]!.AsArray())
        {
            csv[("held", held!["departmentId"]!.GetValue<string>(), "hours")].Should().Be(Text(held["hours"]));
        }

        csv[("transfers", "", "beyondOne")].Should().Be(Text(f["transfers"]!["beyondOne"]));
        csv[("complaints", "", "count")].Should().Be(Text(f["complaints"]!["count"]));
        csv[("satisfaction", "", "mean")].Should().Be(Text(f["satisfaction"]!["mean"]));
        csv[("costTotal", "", "amount CAD")].Should().Be(Text(f["costTotals"]![0]!["amount"]));
        foreach (var week in f["weeks"]!.AsArray())
        {
            var start = week!["weekStart"]!.GetValue<string>();
            foreach (var metric in new[] { "filed", "met", "breached", "percentMet", "medianHours", "complaints", "surveys", "satisfactionMean" })
            {
                csv[("week", start, metric)].Should().Be(Text(week[metric]), $"week {start} {metric}");
            }
        }
    }

    [Fact]
    public async Task Scorecards_and_reviews_carry_no_request_contents_for_other_departments()
    {
        var outsider = await platform.AsAsync("legal.agent");

        var scorecard = await outsider.GetStringAsync($"api/scorecards/providers/it?{Year}");
        var review = await outsider.GetStringAsync("api/reviews/it/2026");
        var reviewCsv = await outsider.GetStringAsync("api/reviews/it/2026/export");

        foreach (var text in new[] { scorecard, review, reviewCsv })
        {
            text.Should().NotContain("IT-0").And.NotContain("hr.requester").And.NotContain("it.agent")
                .And.NotContain("Photoshop").And.NotContain("monitor");
        }
    }

    [Fact]
    public async Task The_annual_review_has_the_hand_computed_figures_and_groups_other_requests_for_the_provider()
    {
        var provider = await platform.AsAsync("it.agent");
        var client = await platform.AsAsync("hr.requester");

        var mine = await GetOkAsync(provider, "api/reviews/it/2026");
        var theirs = await GetOkAsync(client, "api/reviews/it/2026");

        var f = mine["figures"]!;
        Int(f["filed"]).Should().Be(54);
        var demand = f["demandByService"]!.AsArray().ToDictionary(s => s!["serviceId"]!.GetValue<string>(), s => Int(s!["requests"]));
        demand["it.laptop-setup"].Should().Be(20);
        demand["it.other-request"].Should().Be(4);
        var unused = f["unusedServices"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        unused.Should().NotBeEmpty().And.NotContain("it.laptop-setup").And.NotContain("it.software-install").And.NotContain("it.other-request");
        f["mostMissed"]!.AsArray().Select(s => s!["serviceId"]!.GetValue<string>()).Should().StartWith("it.laptop-setup");
        f["otherRequestGroups"]!.AsArray().Select(g => string.Join(' ', g!["keywords"]!.AsArray().Select(k => k!.GetValue<string>())))
            .Should().Equal("adobe licence photoshop", "monitor second accessibility");
        mine["showsOtherRequestTexts"]!.GetValue<bool>().Should().BeTrue();
        Num(f["costTotals"]![0]!["amount"]).Should().Be(400.50);
        Num(f["satisfaction"]!["mean"]).Should().Be(3.7);
        f["months"]!.AsArray().Select(m => Int(m!["filed"])).Should().Equal(0, 0, 8, 5, 10, 15, 0, 0, 10, 3, 3, 0);
        mine["serviceNames"]!["it.other-request"]!["fr"]!.GetValue<string>().Should().Be("Autre demande");

        // A client department reads the same figures, without what clients wrote.
        theirs["showsOtherRequestTexts"]!.GetValue<bool>().Should().BeFalse();
        Int(theirs["figures"]!["otherRequests"]).Should().Be(4);
        theirs["figures"]!["otherRequestGroups"]!.AsArray().Should().BeEmpty();
        Int(theirs["figures"]!["filed"]).Should().Be(54);
    }

    [Fact]
    public async Task The_review_csv_has_the_same_figures_as_the_json()
    {
        var reader = await platform.AsAsync("it.manager");
        var view = await GetOkAsync(reader, "api/reviews/it/2026");

        var csv = Cells(await reader.GetStringAsync("api/reviews/it/2026/export"));

        var f = view["figures"]!;
        csv[("requests", "", "filed")].Should().Be(Text(f["filed"]));
        foreach (var s in f["demandByService"]!.AsArray())
        {
            var id = s!["serviceId"]!.GetValue<string>();
            foreach (var metric in new[] { "requests", "met", "breached", "percentMet", "medianHours" })
            {
                csv[("service", id, metric)].Should().Be(Text(s[metric]), $"{id} {metric}");
            }
        }

        foreach (var c in f["demandByClient"]!.AsArray())
        {
            csv[("client", c!["key"]!.GetValue<string>(), "requests")].Should().Be(Text(c["count"]));
        }

        foreach (var g in f["otherRequestGroups"]!.AsArray())
        {
            csv[("otherRequestGroup", string.Join(' ', g!["keywords"]!.AsArray().Select(k => k!.GetValue<string>())), "count")].Should().Be(Text(g["count"]));
        }

        foreach (var m in f["months"]!.AsArray())
        {
            var month = Int(m!["month"]).ToString("00", CultureInfo.InvariantCulture);
            csv[("month", month, "filed")].Should().Be(Text(m["filed"]));
            csv[("month", month, "percentMet")].Should().Be(Text(m["percentMet"]));
        }

        csv[("satisfaction", "", "mean")].Should().Be(Text(f["satisfaction"]!["mean"]));
        csv[("complaints", "", "count")].Should().Be(Text(f["complaints"]!["count"]));
    }

    [Theory]
    [InlineData("api/scorecards/providers/it?from=2026-13-01", "from")]
    [InlineData("api/scorecards/providers/it?from=2026-06-01&to=2026-05-01", "from")]
    [InlineData("api/scorecards/providers/it?from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("api/scorecards/pairs/it/hr/export?to=yesterday", "to")]
    [InlineData("api/reviews/it/20x6", "year")]
    [InlineData("api/reviews/it/1999/export", "year")]
    public async Task A_bad_period_is_a_400_naming_the_value(string path, string field)
    {
        var reader = await platform.AsAsync("hr.requester");

        var response = await reader.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Theory]
    [InlineData("api/scorecards/providers/nowhere")]
    [InlineData("api/scorecards/pairs/it/nowhere")]
    [InlineData("api/scorecards/services/it.no-such-service")]
    [InlineData("api/reviews/nowhere/2026")]
    public async Task An_unknown_subject_is_a_404(string path)
    {
        var reader = await platform.AsAsync("hr.requester");

        (await reader.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<JsonNode> GetOkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private static int Int(JsonNode? node) => node!.GetValue<int>();

    private static double Num(JsonNode? node) => node!.GetValue<double>();

    /// <summary>A JSON figure as the CSV writes it: null empty, numbers invariant.</summary>
    private static string Text(JsonNode? node) => node is null ? "" : node.ToJsonString() switch
    {
        var raw when decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number.ToString(CultureInfo.InvariantCulture),
        var raw => raw.Trim('"'),
    };

    /// <summary>The CSV's cells by (section, key, metric), values normalised as <see cref="Text"/> does.</summary>
    private static Dictionary<(string, string, string), string> Cells(string csv)
    {
        var cells = new Dictionary<(string, string, string), string>();
        foreach (var line in csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = line.Split(',');
            var value = parts[3];
            cells[(parts[0], parts[1], parts[2])] = decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : value;
        }

        return cells;
    }
}
