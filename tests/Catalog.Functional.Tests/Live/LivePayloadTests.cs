using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Live;
using Catalog.Requests;
using Catalog.Web.Live;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// What a live page draws comes with the hub's events and snapshots: each request's clocks read by the server at the
/// event's instant, the business windows of their calendars, its pause reason and what each side may do next, so a
/// page never asks for a request or a calendar when something happens.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LivePayloadTests(LivePlatform platform)
{
    [Fact]
    public async Task An_event_carries_its_clocks_read_at_its_instant_with_the_business_windows_they_count_down_over()
    {
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");
        await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        var id = await LiveRequests.FileAsync(platform, "hr");
        var filed = (await agent.WaitForAsync(id, e => e.Count >= 1))[0];

        filed.Summary.AsOf.Should().Be(filed.At, "the clocks are read at the event's instant");
        var clocks = filed.Summary.Clocks!;
        var acknowledgement = clocks.Single(c => c.Kind == ClockKind.Acknowledgement);
        acknowledgement.State.Should().Be(ClockRunState.Running);
        acknowledgement.CalendarDepartmentId.Should().Be("it", "the provider's calendar measures the provider's clocks");
        clocks.Should().NotContain(c => c.Kind == ClockKind.ClientResponse, "a clock that has not started draws nothing");
        filed.Calendars!.Select(w => w.DepartmentId).Should().Equal(["it"], "only the calendars of its clocks travel with it");
        var window = filed.Calendars!.Single(w => w.DepartmentId == "it");
        window.From.Should().BeOnOrBefore(filed.At);
        (window.To - window.From).Should().Be(LiveCalendars.Horizon);
        if (acknowledgement.DueAt < window.To)
        {
            // What a page computes: the business time between the reading and the due instant is what is left.
            Overlap(window, filed.At, acknowledgement.DueAt!.Value).Should().Be(acknowledgement.Remaining);
        }

        filed.Summary.ProviderActions.Should().Contain([RequestAction.Acknowledge, RequestAction.Start, RequestAction.Comment]);
        filed.Summary.ClientActions.Should().BeEquivalentTo([RequestAction.Cancel, RequestAction.Comment],
            "the client side is offered only what it may do");
    }

    [Fact]
    public async Task Waiting_on_the_client_sends_the_pause_reason_the_comment_and_each_sides_next_actions()
    {
        await using var client = await LiveClient.ConnectAsync(platform, "hr.requester");
        await client.JoinDepartmentAsync("hr", LiveGroups.ClientRole);
        var id = await LiveRequests.FileAsync(platform, "hr");
        await LiveRequests.ActAsync(platform, id, "acknowledge");
        var http = await platform.AsAsync("it.agent");
        var response = await http.PostAsJsonAsync($"api/requests/{id}/wait", new { reason = "InformationMissing", comment = "Which floor?" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var waiting = (await client.WaitForAsync(id, e => e.Any(x => x.Action == RequestAction.WaitOnClient))).Last();

        waiting.Reason.Should().Be(PauseReason.InformationMissing);
        waiting.Comment.Should().Be("Which floor?");
        waiting.Summary.PauseReason.Should().Be(PauseReason.InformationMissing);
        waiting.Summary.ClientActions.Should().Contain(RequestAction.Resume);
        waiting.Summary.ProviderActions.Should().NotContain(RequestAction.Acknowledge);
        var clientClock = waiting.Summary.Clocks!.Single(c => c.Kind == ClockKind.ClientResponse);
        clientClock.State.Should().Be(ClockRunState.Running);
        clientClock.CalendarDepartmentId.Should().Be("hr", "the client's own clock runs on the client's calendar");
        waiting.Summary.Clocks!.Single(c => c.Kind == ClockKind.Resolution).State.Should().Be(ClockRunState.Paused);
        waiting.Calendars!.Select(w => w.DepartmentId).Should().Equal(["hr"], "only running clocks count down, on their calendars");
    }

    [Fact]
    public async Task The_join_snapshot_holds_each_requests_clocks_read_now_its_actions_and_the_windows_of_their_calendars()
    {
        var id = await LiveRequests.FileAsync(platform, "hr");
        await LiveRequests.ActAsync(platform, id, "acknowledge");
        var view = await (await platform.AsAsync("it.agent")).GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        await using var agent = await LiveClient.ConnectAsync(platform, "it.agent");

        var snapshot = await agent.JoinDepartmentAsync("it", LiveGroups.ProviderRole);

        var row = snapshot.Items.Single(s => s.Id == id);
        row.AsOf.Should().Be(snapshot.AsOf);
        snapshot.AsOf.Should().BeOnOrAfter(view!["asOf"]!.GetValue<DateTimeOffset>());
        row.ProviderActions.Should().Contain(RequestAction.Start).And.NotContain(RequestAction.Acknowledge);
        row.Clocks!.Single(c => c.Kind == ClockKind.Acknowledgement).State.Should().Be(ClockRunState.Stopped);
        var resolution = row.Clocks!.Single(c => c.Kind == ClockKind.Resolution);
        resolution.State.Should().Be(ClockRunState.Running);
        snapshot.Calendars.Should().Contain(w => w.DepartmentId == "it");
        var window = snapshot.Calendars.Single(w => w.DepartmentId == "it");
        if (resolution.DueAt < window.To)
        {
            Overlap(window, snapshot.AsOf, resolution.DueAt!.Value).Should().Be(resolution.Remaining,
                "the reading is re-read at the snapshot's instant, not left as the index stored it");
        }
    }

    /// <summary>The business time of a window in [from, to), as the page adds it up.</summary>
    private static TimeSpan Overlap(BusinessWindow window, DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var i = 0; i + 1 < window.Open.Count; i += 2)
        {
            var start = window.From.AddSeconds(window.Open[i]);
            var end = window.From.AddSeconds(window.Open[i + 1]);
            var overlap = (end < to ? end : to) - (start > from ? start : from);
            if (overlap > TimeSpan.Zero)
            {
                total += overlap;
            }
        }

        return total;
    }
}
