using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

public sealed class RequestBreachTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_breach_is_recorded_within_one_second_of_its_business_time_instant_and_only_once()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 1);
        var filed = await RequestApi.FileOkAsync(requester, service);
        var id = filed["id"]!.GetValue<string>();
        var due = RequestApi.Instant(RequestApi.Clock(filed, "Acknowledgement"), "dueAt")!.Value;

        platform.FakeClock.SetUtcNow(due.AddSeconds(-1));
        await Task.Delay(600);
        RequestApi.Clock(await RequestApi.GetAsync(agent, id), "Acknowledgement")["breached"]!.GetValue<bool>()
            .Should().BeFalse("one second before the deadline nothing is breached");

        platform.FakeClock.SetUtcNow(due);
        var watch = Stopwatch.StartNew();
        JsonObject? breached = null;
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            var queue = await agent.GetFromJsonAsync<JsonObject>("api/queues/provider/it?breached=true");
            if (queue!["items"]!.AsArray().Any(r => r!["id"]!.GetValue<string>() == id))
            {
                breached = await RequestApi.GetAsync(agent, id);
                break;
            }

            await Task.Delay(50);
        }

        var detectedAfter = watch.Elapsed;
        breached.Should().NotBeNull("the breach must show in the provider's queue");
        detectedAfter.Should().BeLessThan(TimeSpan.FromSeconds(1));
        var ack = RequestApi.Clock(breached!, "Acknowledgement");
        ack["breached"]!.GetValue<bool>().Should().BeTrue();
        RequestApi.Instant(ack, "breachedAt").Should().Be(due, "a breach is recorded at the instant it happened");

        var counters = await agent.GetFromJsonAsync<JsonArray>("api/sla/it/counters");
        var pair = counters!.Single(c => c!["clientDepartmentId"]!.GetValue<string>() == "hr")!;
        var breachesBefore = pair["breached"]!.GetValue<int>();
        platform.FakeClock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(1000);
        var again = await agent.GetFromJsonAsync<JsonArray>("api/sla/it/counters");
        again!.Single(c => c!["clientDepartmentId"]!.GetValue<string>() == "hr")!["breached"]!.GetValue<int>()
            .Should().Be(breachesBefore, "a breach is never counted twice");
    }
}
