using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Live;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Forecasts;

/// <summary>
/// Promised dates and breach forecasts over HTTP and SignalR, on <see cref="ForecastPlatform"/>'s history (half its
/// requests done in minutes, half a business day later).
/// </summary>
[Collection(ForecastCollection.Name)]
public sealed class ForecastApiTests(ForecastPlatform platform)
{
    [Fact]
    public async Task The_filing_form_gets_a_promise_and_the_filed_request_records_it()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        platform.MoveToNextMorning();
        var now = platform.FakeClock.GetUtcNow();

        var answer = await requester.GetFromJsonAsync<JsonObject>($"api/forecasts/promise?service={platform.ServiceId}");
        var promise = answer!["promise"]!;
        var likely = promise["likely"]!.GetValue<DateTimeOffset>();
        var latest = promise["latest"]!.GetValue<DateTimeOffset>();
        answer["providerDepartmentId"]!.GetValue<string>().Should().Be("it");
        answer["clientDepartmentId"]!.GetValue<string>().Should().Be("hr");
        likely.Should().BeAfter(now);
        latest.Should().BeOnOrAfter(likely);
        // Half the history took 10 minutes, half a business day: nine in ten are done within about a business day.
        promise["latestHours"]!.GetValue<double>().Should().BeInRange(5, 9);
        promise["likelyHours"]!.GetValue<double>().Should().BeLessThan(promise["latestHours"]!.GetValue<double>());

        var id = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();
        var recorded = await requester.GetFromJsonAsync<JsonObject>($"api/forecasts/requests/{id}");

        var atFiling = recorded!["atFiling"]!;
        atFiling["latest"]!.GetValue<DateTimeOffset>().Should().Be(latest, "the request keeps the promise the form showed: {0} / {1}", answer.ToJsonString(), recorded.ToJsonString());
        atFiling["likely"]!.GetValue<DateTimeOffset>().Should().Be(likely);
        recorded["now"]!["promise"]!["latest"]!.GetValue<DateTimeOffset>().Should().BeOnOrAfter(now);
        recorded["now"]!["breachProbability"]!.GetValue<double>().Should().BeInRange(0, 1);
        await platform.CancelAsync(id);
    }

    [Fact]
    public async Task Every_open_request_of_the_queue_carries_a_probability_and_the_longer_waiting_one_is_likelier_to_breach()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        platform.MoveToNextMorning();
        var older = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();
        platform.FakeClock.Advance(TimeSpan.FromMinutes(30));
        var newer = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();

        var forecast = await agent.GetFromJsonAsync<JsonObject>("api/forecasts/queues/it");

        var items = forecast!["items"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => i["requestId"]!.GetValue<string>());
        items.Should().ContainKeys(older, newer);
        var pOlder = items[older]["breachProbability"]!.GetValue<double>();
        var pNewer = items[newer]["breachProbability"]!.GetValue<double>();
        items[older]["clock"]!.GetValue<string>().Should().Be("Acknowledgement", "its acknowledgement is due first");
        pOlder.Should().BeGreaterThan(pNewer, "it outlived every request of the history that was done in time");
        pOlder.Should().BeGreaterThanOrEqualTo(forecast["threshold"]!.GetValue<double>());
        items[older]["aboveThreshold"]!.GetValue<bool>().Should().BeTrue();
        forecast["threshold"]!.GetValue<double>().Should().Be(0.7);
        items[older]["queueAhead"]!.GetValue<int>().Should().BeLessThan(items[newer]["queueAhead"]!.GetValue<int>());
        await platform.CancelAsync(older, newer);
    }

    [Fact]
    public async Task Crossing_the_threshold_raises_a_live_event_before_the_classic_warning()
    {
        await using var live = await LiveClient.ConnectAsync(platform, RequestApi.ItAgent);
        await live.JoinDepartmentAsync("it", "provider");
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        platform.MoveToNextMorning();
        var id = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();

        // 30 minutes in, it has outlived the requests done in time: likely to breach, not yet at risk (45 minutes).
        platform.FakeClock.Advance(TimeSpan.FromMinutes(30));
        var events = await live.WaitForAsync(id, e => e.Any(x => x.Type == "breachLikely"), TimeSpan.FromSeconds(20));

        var raised = events.Single(e => e.Type == "breachLikely");
        raised.Clock.Should().Be(Catalog.Catalogue.ClockKind.Acknowledgement);
        raised.DueAt.Should().NotBeNull();
        events.Should().NotContain(e => e.Type == "atRisk" || e.Type == "breached", "the forecast speaks before the warning");

        // Once per clock: later refreshes raise nothing more.
        await Task.Delay(2500);
        live.EventsOf(id).Count(e => e.Type == "breachLikely").Should().Be(1);
        await platform.CancelAsync(id);
    }

    [Fact]
    public async Task Managers_see_the_forecasts_quality_on_replayed_history()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);

        var quality = await manager.GetFromJsonAsync<JsonObject>("api/forecasts/quality/it?days=60");

        quality!["providerDepartmentId"]!.GetValue<string>().Should().Be("it");
        quality["replayedRequests"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(10);
        (await manager.GetAsync("api/forecasts/quality/it?days=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await manager.GetAsync("api/forecasts/promise")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await manager.GetAsync("api/forecasts/promise?service=it.no-such-service")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
