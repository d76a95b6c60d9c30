namespace Catalog.Functional.Tests.Requests;

public sealed class RequestPauseTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Waiting_on_the_client_stops_the_provider_clocks_and_runs_the_client_response_clock()
    {
        var service = await RequestApi.CreateServiceAsync(platform.Http, ackHours: 4);
        var filed = await RequestApi.FileOkAsync(platform.Http, service);
        var id = filed["id"]!.GetValue<string>();
        await RequestApi.ActAsync(platform.Http, id, "acknowledge", new { by = "Luc (IT)" });
        await RequestApi.ActAsync(platform.Http, id, "start", new { by = "Luc (IT)" });
        platform.FakeClock.Advance(TimeSpan.FromMinutes(10));

        var waiting = await RequestApi.ActAsync(platform.Http, id, "wait",
            new { by = "Luc (IT)", reason = "InformationMissing", comment = "Quel numéro de poste budgétaire?" });
        var elapsedAtPause = RequestApi.Clock(waiting, "Resolution")["elapsed"]!.GetValue<string>();

        platform.FakeClock.Advance(TimeSpan.FromDays(3));
        var later = await RequestApi.GetAsync(platform.Http, id);

        later["status"]!.GetValue<string>().Should().Be("WaitingOnClient");
        later["pauseReason"]!.GetValue<string>().Should().Be("InformationMissing");
        var resolution = RequestApi.Clock(later, "Resolution");
        resolution["state"]!.GetValue<string>().Should().Be("Paused");
        resolution["elapsed"]!.GetValue<string>().Should().Be(elapsedAtPause, "a paused clock does not count");
        resolution["dueAt"].Should().BeNull();
        var client = RequestApi.Clock(later, "ClientResponse");
        client["state"]!.GetValue<string>().Should().Be("Running");
        client["holderDepartmentId"]!.GetValue<string>().Should().Be("hr", "the client department holds the request while it must answer");
        later["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>())
            .Should().ContainInOrder("Acknowledge", "Start", "WaitOnClient");
        var wait = later["history"]!.AsArray().Last(h => h!["action"]!.GetValue<string>() == "WaitOnClient")!;
        wait["by"]!.GetValue<string>().Should().Be("Luc (IT)");
        wait["reason"]!.GetValue<string>().Should().Be("InformationMissing");

        var resumed = await RequestApi.ActAsync(platform.Http, id, "resume", new { by = "Marie Tremblay" });
        RequestApi.Clock(resumed, "Resolution")["state"]!.GetValue<string>().Should().Be("Running");
        RequestApi.Clock(resumed, "ClientResponse")["state"]!.GetValue<string>().Should().Be("Stopped");
    }
}
