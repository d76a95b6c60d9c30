using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Scorecards;

/// <summary>
/// The published figures come from the work itself: requests filed, quoted, transferred and resolved over HTTP, the
/// client's survey answer and complaint, then read on the provider's scorecard by someone of another department.
/// </summary>
public sealed class ScorecardFromWorkTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Requests_worked_over_http_their_survey_and_complaint_appear_on_the_providers_scorecard()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var paid = await RequestApi.CreateServiceAsync(manager, ackHours: 4, hourlyRate: 45);
        var free = await RequestApi.CreateServiceAsync(manager, ackHours: 4);

        // A paid request: acknowledged, quoted 90 CAD, accepted, transferred twice, resolved two business hours in.
        var first = (await RequestApi.FileOkAsync(requester, paid))["id"]!.GetValue<string>();
        await RequestApi.ActAsync(agent, first, "acknowledge", new { });
        await RequestApi.PostOkAsync(agent, first, "quotes",
            new { amount = 90m, covers = "Configuration", language = "fr", validUntil = platform.FakeClock.GetUtcNow().AddDays(10) });
        await RequestApi.PostOkAsync(requester, first, "quote/accept", new { });
        await RequestApi.PostOkAsync(agent, first, "transfers", new { toAgent = "it.manager" });
        await RequestApi.PostOkAsync(manager, first, "transfers", new { toAgent = "it.agent", reason = "Back to the specialist" });
        platform.FakeClock.Advance(TimeSpan.FromHours(2));
        await RequestApi.ActAsync(agent, first, "resolve", new { comment = "Fait." });

        // A free request, cancelled by its client.
        var second = (await RequestApi.FileOkAsync(requester, free))["id"]!.GetValue<string>();
        await RequestApi.ActAsync(requester, second, "cancel", new { comment = "No longer needed" });

        var answered = await requester.PostAsJsonAsync($"api/requests/{first}/survey", new { score = 4, comment = "Bien." });
        answered.StatusCode.Should().Be(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        var complained = await requester.PostAsJsonAsync($"api/requests/{first}/complaints", new { cause = "Delay", text = "Trop long." });
        complained.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);

        var day = platform.FakeClock.GetUtcNow().ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var reader = await platform.AsAsync("legal.agent");
        var view = (await reader.GetFromJsonAsync<JsonObject>($"api/scorecards/providers/it?from={day}&to={day}"))!;

        var figures = view["figures"]!;
        figures["filed"]!.GetValue<int>().Should().Be(2);
        figures["resolved"]!.GetValue<int>().Should().Be(1);
        figures["cancelled"]!.GetValue<int>().Should().Be(1);
        figures["transfers"]!["transfers"]!.GetValue<int>().Should().Be(2);
        figures["transfers"]!["beyondOne"]!.GetValue<int>().Should().Be(1);
        figures["costTotals"]![0]!["amount"]!.GetValue<decimal>().Should().Be(90m);
        figures["costByClient"]![0]!["clientDepartmentId"]!.GetValue<string>().Should().Be("hr");
        figures["satisfaction"]!["count"]!.GetValue<int>().Should().Be(1);
        figures["satisfaction"]!["mean"]!.GetValue<double>().Should().Be(4);
        figures["complaints"]!["count"]!.GetValue<int>().Should().Be(1);
        view.ToJsonString().Should().NotContain("Configuration").And.NotContain("Bien.", "scorecards publish figures, not request contents");
    }
}
