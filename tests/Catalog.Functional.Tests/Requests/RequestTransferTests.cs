using System.Net;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

public sealed class RequestTransferTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_request_filed_with_the_wrong_provider_moves_with_its_clocks_and_the_second_transfer_counts()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        var itAgent = await platform.AsAsync(RequestApi.ItAgent);
        await RequestApi.ActAsync(itAgent, id, "acknowledge", new { });
        platform.FakeClock.Advance(TimeSpan.FromHours(1));

        var moved = await RequestApi.PostOkAsync(itAgent, id, "transfers", new { toDepartmentId = "legal", reason = "A contract question" });

        moved["providerDepartmentId"]!.GetValue<string>().Should().Be("legal");
        moved["handoffs"]!.AsArray().Single()!["beyondStandard"]!.GetValue<bool>().Should().BeFalse();
        (await itAgent.GetAsync($"api/requests/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "IT no longer works it");
        var legalAgent = await platform.AsAsync("legal.agent");
        var legalQueue = await legalAgent.GetStringAsync("api/queues/provider/legal");
        legalQueue.Should().Contain(id);
        var itQueue = await (await platform.AsAsync(RequestApi.ItManager)).GetStringAsync("api/queues/provider/it");
        itQueue.Should().NotContain(id, "the queue it left lets go of it");
        platform.FakeClock.Advance(TimeSpan.FromHours(1));

        var silent = await RequestApi.PostAsync(legalAgent, id, "transfers", new { toAgent = "legal.manager" });
        silent.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a second transfer needs its reason");
        var again = await RequestApi.PostOkAsync(legalAgent, id, "transfers", new { toAgent = "legal.manager", reason = "Needs a signature" });

        again["handoffs"]!.AsArray()[1]!["beyondStandard"]!.GetValue<bool>().Should().BeTrue();
        again["assignee"]!.GetValue<string>().Should().Be("legal.manager");
        var resolution = RequestApi.Clock(await RequestApi.GetAsync(requester, id), "Resolution");
        var byDepartment = resolution["elapsedByDepartment"]!.AsObject();
        byDepartment.Select(p => p.Key).Should().BeEquivalentTo(["it", "legal"], "each department's time stays visible");
    }

    [Fact]
    public async Task A_transfer_to_someone_who_is_not_an_agent_of_the_department_is_refused()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var id = (await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service))["id"]!.GetValue<string>();
        var itAgent = await platform.AsAsync(RequestApi.ItAgent);

        (await RequestApi.PostAsync(itAgent, id, "transfers", new { toAgent = "legal.agent" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await RequestApi.PostAsync(itAgent, id, "transfers", new { toDepartmentId = "nowhere" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        (await RequestApi.PostAsync(requester, id, "transfers", new { toDepartmentId = "legal" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await RequestApi.GetAsync(requester, id))["handoffs"]!.AsArray().Should().BeEmpty();
    }
}
