using System.Net;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Approvals;

/// <summary>
/// The approvals waiting for a decision, listed from the request index: the provider queue's awaitingApproval filter,
/// and the flag on the row, set when an approval is asked and cleared when a manager decides.
/// </summary>
public sealed class ApprovalQueueTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task The_provider_queue_lists_the_requests_awaiting_approval_until_a_manager_decides()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var client = await platform.AsAsync(RequestApi.HrRequester);
        var asked = (await RequestApi.FileOkAsync(client, service))["id"]!.GetValue<string>();
        var small = (await RequestApi.FileOkAsync(client, service))["id"]!.GetValue<string>();
        var untouched = (await RequestApi.FileOkAsync(client, service))["id"]!.GetValue<string>();

        await RequestApi.PostOkAsync(agent, asked, "accommodations", new { subject = "Discount", amount = 400m, description = "Half price for the move" });
        await RequestApi.PostOkAsync(agent, small, "accommodations", new { subject = "Waiver", amount = 20m, description = "Waive the delivery fee" });

        var waiting = await WaitForQueueAsync(agent, "awaitingApproval=true", ids => ids.Contains(asked));
        Ids(waiting).Should().Contain(asked).And.NotContain([small, untouched], "an approval granted alone below the threshold waits for nobody");
        Row(waiting, asked)["awaitingApproval"]!.GetValue<bool>().Should().BeTrue();
        var others = await QueueAsync(agent, "awaitingApproval=false");
        Ids(others).Should().Contain([small, untouched]).And.NotContain(asked);

        await RequestApi.PostOkAsync(manager, asked, "approvals/1/approve", new { reason = "Agreed" });

        var after = await WaitForQueueAsync(agent, "awaitingApproval=true", ids => !ids.Contains(asked));
        Ids(after).Should().NotContain(asked, "the decision clears the flag on the index row");
        Row(await QueueAsync(agent, "awaitingApproval=false"), asked)["awaitingApproval"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task A_rejection_clears_the_flag_too()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service))["id"]!.GetValue<string>();
        await RequestApi.PostOkAsync(agent, id, "accommodations", new { subject = "Exception", amount = 900m, description = "Install on a Saturday" });
        await WaitForQueueAsync(agent, "awaitingApproval=true", ids => ids.Contains(id));

        await RequestApi.PostOkAsync(manager, id, "approvals/1/reject", new { reason = "Not this month" });

        Ids(await WaitForQueueAsync(agent, "awaitingApproval=true", ids => !ids.Contains(id))).Should().NotContain(id);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public async Task A_bad_awaitingApproval_value_is_a_400_naming_it(string value)
    {
        var agent = await platform.AsAsync(RequestApi.ItAgent);

        var response = await agent.GetAsync($"api/queues/provider/it?awaitingApproval={value}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("awaitingApproval");
    }

    private static async Task<JsonObject> QueueAsync(HttpClient http, string filter)
    {
        var response = await http.GetAsync($"api/queues/provider/it?{filter}&limit=1000");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    // The index is written by the request's fan-out: read again for a few seconds rather than assume when.
    private static async Task<JsonObject> WaitForQueueAsync(HttpClient http, string filter, Func<IReadOnlyList<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await QueueAsync(http, filter);
            if (done(Ids(page)) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }

    private static List<string> Ids(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    private static JsonNode Row(JsonObject page, string id) =>
        page["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!;
}
