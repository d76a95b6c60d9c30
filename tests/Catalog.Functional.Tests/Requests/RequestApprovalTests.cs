using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Requests;

public sealed class RequestApprovalTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task An_agent_grants_under_150_dollars_alone_and_a_manager_decides_from_150()
    {
        var id = await FileAsync();
        var agent = await platform.AsAsync(RequestApi.ItAgent);

        var small = await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Waiver", amount = 149.99m, description = "Waive the delivery fee" });
        var big = await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Discount", amount = 150m, description = "Half price for the move" });

        small["approvals"]![0]!["status"]!.GetValue<string>().Should().Be("Approved");
        small["approvals"]![0]!["decidedAlone"]!.GetValue<bool>().Should().BeTrue();
        big["approvals"]![1]!["status"]!.GetValue<string>().Should().Be("Pending");
        (await RequestApi.PostAsync(agent, id, "approvals/2/approve", new { })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "at $150 an agent does not decide");
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var rejectedSilently = await RequestApi.PostAsync(manager, id, "approvals/2/reject", new { });
        rejectedSilently.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a rejection says why");

        var decided = await RequestApi.PostOkAsync(manager, id, "approvals/2/approve", new { });

        decided["approvals"]![1]!["status"]!.GetValue<string>().Should().Be("Approved");
        decided["approvals"]![1]!["decidedBy"]!.GetValue<string>().Should().Be(RequestApi.ItManager);
        decided["approvals"]![1]!["decidedFor"].Should().BeNull();
    }

    [Fact]
    public async Task A_substitute_named_by_the_manager_decides_for_them_during_the_period_only()
    {
        var threshold = await platform.AsAsync(RequestApi.ItManager);
        var now = platform.FakeClock.GetUtcNow();
        var named = await threshold.PostAsJsonAsync("api/departments/it/approvals/substitutes",
            new { substituteId = RequestApi.ItAgent, from = now.AddMinutes(-1), until = now.AddDays(7) });
        named.StatusCode.Should().Be(HttpStatusCode.OK, await named.Content.ReadAsStringAsync());
        var id = await FileAsync();
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Exception", amount = 400m, description = "Install on a Saturday" });

        var decided = await RequestApi.PostOkAsync(agent, id, "approvals/1/approve", new { reason = "Manager away; agreed" });

        var approval = decided["approvals"]![0]!;
        approval["decidedBy"]!.GetValue<string>().Should().Be(RequestApi.ItAgent);
        approval["decidedFor"]!.GetValue<string>().Should().Be(RequestApi.ItManager, "the decision says for whom the substitute decided");
        var step = decided["history"]!.AsArray().Last()!;
        step["step"]!.GetValue<string>().Should().Be("ApprovalGranted");
        step["comment"]!.GetValue<string>().Should().Be("Manager away; agreed");

        platform.FakeClock.Advance(TimeSpan.FromDays(8));
        await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Exception", amount = 400m, description = "Another Saturday" });
        (await RequestApi.PostAsync(agent, id, "approvals/2/approve", new { })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the substitution has ended");
    }

    [Fact]
    public async Task The_threshold_is_set_per_department_by_its_managers()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        (await agent.PutAsJsonAsync("api/departments/it/approvals/rule", new { threshold = 10m, currency = "CAD", decisionHours = 7 }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync("api/departments/it/approvals/rule", new { threshold = -1m, currency = "CAD", decisionHours = 7 }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var set = await manager.PutAsJsonAsync("api/departments/it/approvals/rule", new { threshold = 500m, currency = "CAD", decisionHours = 14 });
        set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        try
        {
            var id = await FileAsync();
            var asked = await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Discount", amount = 300m, description = "Loyal client" });
            asked["approvals"]![0]!["decidedAlone"]!.GetValue<bool>().Should().BeTrue("IT's threshold is now $500");
        }
        finally
        {
            await manager.PutAsJsonAsync("api/departments/it/approvals/rule", new { threshold = 150m, currency = "CAD", decisionHours = 7 });
        }
    }

    private async Task<string> FileAsync()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);
        var filed = await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service);
        return filed["id"]!.GetValue<string>();
    }
}
