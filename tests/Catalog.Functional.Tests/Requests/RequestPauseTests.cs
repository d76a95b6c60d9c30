namespace Catalog.Functional.Tests.Requests;

public sealed class RequestPauseTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Waiting_on_the_client_stops_the_provider_clocks_and_runs_the_client_response_clock()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var filed = await RequestApi.FileOkAsync(requester, service);
        var id = filed["id"]!.GetValue<string>();
        filed["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>())
            .Should().BeEquivalentTo(["Cancel", "Comment"], "the client is offered only the actions its side may take");
        await RequestApi.ActAsync(agent, id, "acknowledge", new { });
        await RequestApi.ActAsync(agent, id, "start", new { });
        platform.FakeClock.Advance(TimeSpan.FromMinutes(10));

        var waiting = await RequestApi.ActAsync(agent, id, "wait",
            new { reason = "InformationMissing", comment = "Quel numéro de poste budgétaire?" });
        var elapsedAtPause = RequestApi.Clock(waiting, "Resolution")["elapsed"]!.GetValue<string>();

        platform.FakeClock.Advance(TimeSpan.FromDays(3));
        var later = await RequestApi.GetAsync(requester, id);

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
        wait["by"]!.GetValue<string>().Should().Be(RequestApi.ItAgent, "the history names whoever signed in, not what a body claimed");
        wait["reason"]!.GetValue<string>().Should().Be("InformationMissing");
        later["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>())
            .Should().BeEquivalentTo(["Resume", "Cancel", "Comment"], "the client answers, withdraws or comments");

        var answered = await RequestApi.ActAsync(requester, id, "comments", new { comment = "Poste 4410-22" });
        answered["status"]!.GetValue<string>().Should().Be("WaitingOnClient", "a client comment answers without resuming");
        answered["history"]!.AsArray().Last(h => h!["action"]!.GetValue<string>() == "Comment")!["by"]!.GetValue<string>()
            .Should().Be(RequestApi.HrRequester, "the client's comment is recorded as the client's");

        var resumed = await RequestApi.ActAsync(requester, id, "resume", new { });
        RequestApi.Clock(resumed, "Resolution")["state"]!.GetValue<string>().Should().Be("Running");
        RequestApi.Clock(resumed, "ClientResponse")["state"]!.GetValue<string>().Should().Be("Stopped");
        resumed["history"]!.AsArray().Last()!["action"]!.GetValue<string>().Should().Be("Resume");
        resumed["history"]!.AsArray().Last()!["by"]!.GetValue<string>().Should().Be(RequestApi.HrRequester);
    }
}
