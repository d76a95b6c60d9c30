using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.Requests;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR;

using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// The live hub against the real hosts: a request's events travel from the request grain in the silo over the
/// Orleans stream to the web process and from there over SignalR to the groups that follow them.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveHubTests(LivePlatform platform)
{
    [Fact]
    public async Task Filing_and_acting_reach_the_provider_group_as_events_with_consecutive_sequence_numbers_in_order()
    {
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");
        await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        var id = await LiveRequests.FileAsync(platform, "hr");
        await agent.WaitForAsync(id, e => e.Count >= 1);
        foreach (var verb in new[] { "acknowledge", "start", "resolve" })
        {
            await LiveRequests.ActAsync(platform, id, verb);
        }

        var events = await agent.WaitForAsync(id, e => e.Count(x => x.Type == LiveEventTypes.Transitioned) >= 3);
        events.Select(e => e.Type).Should().StartWith(
            [LiveEventTypes.Filed, LiveEventTypes.Transitioned, LiveEventTypes.Transitioned, LiveEventTypes.Transitioned]);
        events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, events.Count).Select(n => (long)n),
            "a request's events are numbered from 1 without gaps and arrive in order, each once");
        var transitions = events.Where(e => e.Type == LiveEventTypes.Transitioned).Take(3).ToList();
        transitions.Select(e => e.Action).Should().Equal(RequestAction.Acknowledge, RequestAction.Start, RequestAction.Resolve);
        transitions.Select(e => (e.From, e.To)).Should().Equal(
            (RequestStatus.Submitted, RequestStatus.Acknowledged),
            (RequestStatus.Acknowledged, RequestStatus.InProgress),
            (RequestStatus.InProgress, RequestStatus.Resolved));
        transitions[^1].Summary.Status.Should().Be(RequestStatus.Resolved);
        events.Should().OnlyContain(e => e.ProviderDepartmentId == "it" && e.ClientDepartmentId == "hr" && e.Summary.Id == id);
    }

    [Fact]
    public async Task Events_reach_the_browser_as_batches_of_camel_case_json_with_enum_names()
    {
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");
        await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        var id = await LiveRequests.FileAsync(platform, "hr");
        await agent.WaitForAsync(id, e => e.Count >= 1);

        var filed = agent.RawBatches
            .Should().AllSatisfy(batch => batch.ValueKind.Should().Be(JsonValueKind.Array)).And.Subject
            .SelectMany(batch => batch.EnumerateArray())
            .Single(e => e.GetProperty("requestId").GetString() == id);
        filed.GetProperty("type").GetString().Should().Be("filed");
        filed.GetProperty("providerDepartmentId").GetString().Should().Be("it");
        filed.GetProperty("clientDepartmentId").GetString().Should().Be("hr");
        filed.GetProperty("sequence").GetInt64().Should().Be(1);
        filed.GetProperty("at").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        filed.GetProperty("clock").ValueKind.Should().Be(JsonValueKind.Null);
        filed.GetProperty("holderDepartmentId").ValueKind.Should().Be(JsonValueKind.Null);
        filed.GetProperty("action").ValueKind.Should().Be(JsonValueKind.Null);
        filed.GetProperty("summary").GetProperty("status").GetString().Should().Be("Submitted");
        filed.GetProperty("summary").GetProperty("serviceId").GetString().Should().Be("it.software-install");
    }

    [Fact]
    public async Task A_client_gets_only_the_events_of_the_groups_it_joined()
    {
        await using var finance = await LiveClient.ConnectAsync(platform, "finance.requester");
        await finance.JoinDepartmentAsync("finance", LiveGroups.ClientRole);

        var fromHr = await LiveRequests.FileAsync(platform, "hr");
        await LiveRequests.ActAsync(platform, fromHr, "acknowledge");
        // Filed after the hr request: once finance has its own request's event, the hr events went out before it.
        var fromFinance = await LiveRequests.FileAsync(platform, "finance");
        await finance.WaitForAsync(fromFinance, e => e.Count >= 1);

        finance.EventsOf(fromHr).Should().BeEmpty("finance follows only the requests it filed");
        finance.Events.Should().OnlyContain(e => e.ClientDepartmentId == "finance");
    }

    [Fact]
    public async Task Rejoining_after_a_reconnection_returns_a_snapshot_with_what_was_filed_meanwhile()
    {
        await using var watcher = await LiveClient.ConnectAsync(platform, "hr.requester");
        await watcher.JoinDepartmentAsync("hr", LiveGroups.ClientRole);
        await using var agent = await LiveClient.ConnectAsync(platform, "hr.agent");
        await agent.JoinDepartmentAsync("hr", LiveGroups.ClientRole);
        await agent.Connection.StopAsync();

        var filedWhileAway = await LiveRequests.FileAsync(platform, "hr");
        // Once a connection that stayed has the filing, the agent has missed it for good.
        await watcher.WaitForAsync(filedWhileAway, e => e.Count >= 1);

        await agent.Connection.StartAsync();
        var snapshot = await agent.JoinDepartmentAsync("hr", LiveGroups.ClientRole);

        snapshot.Items.Should().Contain(r => r.Id == filedWhileAway && r.Status == RequestStatus.Submitted && r.ClientDepartmentId == "hr");
        snapshot.Total.Should().BeGreaterThanOrEqualTo(snapshot.Items.Count);

        // And the rejoined connection is live again, from where the snapshot left off.
        await LiveRequests.ActAsync(platform, filedWhileAway, "acknowledge");
        var events = await agent.WaitForAsync(filedWhileAway, e => e.Count >= 1);
        events.Should().ContainSingle().Which.Should().Match<LiveEvent>(e => e.Type == LiveEventTypes.Transitioned && e.Sequence == 2);
    }

    [Fact]
    public async Task Joining_returns_the_department_queue_sorted_by_what_breaches_first()
    {
        var id = await LiveRequests.FileAsync(platform, "hr");
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");

        var snapshot = await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        snapshot.Items.Should().Contain(r => r.Id == id).And.OnlyContain(r => r.ProviderDepartmentId == "it");
        snapshot.Items.Select(r => r.NextDueAt ?? DateTimeOffset.MaxValue).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Joining_the_board_returns_the_department_pair_counters_and_then_every_event()
    {
        await LiveRequests.FileAsync(platform, "hr");
        await using var board = await LiveClient.ConnectAsync(platform, "org.auditor");

        var snapshot = await board.JoinBoardAsync();

        snapshot.DepartmentId.Should().BeNull("an auditor follows the organisation's board");
        snapshot.Counters.Should().Contain(c => c.ProviderDepartmentId == "it" && c.ClientDepartmentId == "hr" && c.Filed >= 1);
        snapshot.Requests.Should().NotContain(r => !r.AtRisk && !r.Breached, "the board starts from what needs attention");
        var id = await LiveRequests.FileAsync(platform, "finance");
        (await board.WaitForAsync(id, e => e.Count >= 1))[0].Type.Should().Be(LiveEventTypes.Filed);
    }

    [Fact]
    public async Task A_department_board_starts_from_and_receives_only_the_requests_involving_that_department()
    {
        await LiveRequests.FileAsync(platform, "finance");
        await using var board = await LiveClient.ConnectAsync(platform, "finance.manager");

        var snapshot = await board.JoinBoardAsync();

        snapshot.DepartmentId.Should().Be("finance", "anyone but an auditor follows their own department's board");
        snapshot.Counters.Should().Contain(c => c.ProviderDepartmentId == "it" && c.ClientDepartmentId == "finance" && c.Filed >= 1)
            .And.OnlyContain(c => c.ProviderDepartmentId == "finance" || c.ClientDepartmentId == "finance");
        snapshot.Requests.Should().NotContain(r => r.ProviderDepartmentId != "finance" && r.ClientDepartmentId != "finance");

        var fromHr = await LiveRequests.FileAsync(platform, "hr");
        await LiveRequests.ActAsync(platform, fromHr, "acknowledge");
        // Filed after the hr request: once the board has finance's own request, the hr events went out before it.
        var fromFinance = await LiveRequests.FileAsync(platform, "finance");
        (await board.WaitForAsync(fromFinance, e => e.Count >= 1))[0].Type.Should().Be(LiveEventTypes.Filed);

        board.EventsOf(fromHr).Should().BeEmpty("a request between HR and IT is none of finance's business");
        board.Events.Should().OnlyContain(e => e.ProviderDepartmentId == "finance" || e.ClientDepartmentId == "finance");
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_that_is_not_signed_in()
    {
        await using var anonymous = LiveClient.Build(platform);

        var connect = () => anonymous.StartAsync();

        (await connect.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized,
            "negotiating needs a sign-in");
        anonymous.State.Should().Be(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Disconnected);
    }

    [Theory]
    [InlineData("hr.agent", "it", "provider")]
    [InlineData("hr.manager", "it", "client")]
    public async Task Following_another_department_s_queue_is_refused_and_none_of_its_events_arrive(string userId, string departmentId, string role)
    {
        await using var outsider = await LiveClient.ConnectAsync(platform, userId);

        var join = () => outsider.JoinDepartmentAsync(departmentId, role);

        (await join.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("may not follow");
        outsider.Connection.State.Should().Be(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected,
            "a refused join fails the call, not the connection");
        await outsider.JoinDepartmentAsync("hr", LiveGroups.ClientRole);
        var fromIt = await LiveRequests.FileAsync(platform, "it");
        // Filed after the it request: once hr's own request arrives, the it request's event went out before it.
        var fromHr = await LiveRequests.FileAsync(platform, "hr");
        await outsider.WaitForAsync(fromHr, e => e.Count >= 1);
        outsider.EventsOf(fromIt).Should().BeEmpty("the refused join left the connection out of the group");
    }

    [Fact]
    public async Task An_auditor_may_follow_any_department_s_queue()
    {
        await using var auditor = await LiveClient.ConnectAsync(platform, "org.auditor");
        await auditor.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        var id = await LiveRequests.FileAsync(platform, "hr");

        (await auditor.WaitForAsync(id, e => e.Count >= 1))[0].Type.Should().Be(LiveEventTypes.Filed);
    }

    [Theory]
    [InlineData("it", "boss", "Unknown role 'boss'")]
    [InlineData("it", "", "Unknown role ''")]
    [InlineData("nowhere", "provider", "Unknown department 'nowhere'")]
    [InlineData("IT", "client", "Unknown department 'IT'")]
    [InlineData("../it", "client", "Unknown department '../it'")]
    public async Task Joining_with_a_bad_role_or_an_unknown_department_is_a_hub_error_that_says_why(string departmentId, string role, string message)
    {
        await using var client = await LiveClient.ConnectAsync(platform, "it.agent");

        var join = () => client.JoinDepartmentAsync(departmentId, role);

        (await join.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain(message);
        client.Connection.State.Should().Be(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected,
            "a bad argument fails the call, not the connection");
    }

    [Fact]
    public async Task Events_keep_flowing_after_the_silo_restarts()
    {
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");
        await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);
        var before = await LiveRequests.FileAsync(platform, "hr");
        await agent.WaitForAsync(before, e => e.Count >= 1);

        await platform.StopSiloAsync();
        await platform.StartSiloAsync();
        var after = await LiveRequests.FileAsync(platform, "hr");

        (await agent.WaitForAsync(after, e => e.Count >= 1, TimeSpan.FromSeconds(30)))[0].Type.Should().Be(LiveEventTypes.Filed);
    }

    [Fact]
    public async Task The_web_tier_is_ready_only_when_it_relays_the_live_stream()
    {
        var report = await platform.Http.GetFromJsonAsync<JsonObject>("health/ready");

        report!["checks"]!["live-stream"]!["status"]!.GetValue<string>().Should().Be("Healthy");
    }

    [Theory]
    [InlineData("lib/signalr/signalr.min.js")]
    [InlineData("js/live.js")]
    public async Task The_browser_client_is_served_by_the_web_tier_not_a_cdn(string path)
    {
        var response = await platform.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
    }
}
