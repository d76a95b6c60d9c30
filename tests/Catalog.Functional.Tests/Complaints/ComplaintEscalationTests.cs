using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Microsoft.AspNetCore.SignalR.Client;
using static Catalog.Functional.Tests.Complaints.ComplaintApi;

namespace Catalog.Functional.Tests.Complaints;

/// <summary>A complaint nobody acknowledges moves up by itself when Catalog's clock passes its deadline.</summary>
public sealed class ComplaintEscalationTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_complaint_escalates_by_itself_at_its_deadline_instant_live_and_audited_as_the_system()
    {
        var hr = await platform.AsAsync("hr.requester");
        var complaint = await ComplainOkAsync(hr, await RequestAsync(hr));
        var id = complaint["id"]!.GetValue<string>();
        var due = Instant(complaint, "levelDueAt");

        // Filed Friday 16:00 in Toronto: two business days later is Tuesday 16:00.
        due.Should().Be(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.FromHours(-5)));

        var events = new List<JsonElement>();
        var received = new SemaphoreSlim(0);
        await using var connection = await FollowAsync("it.manager", events, received);
        var outsiderEvents = new List<JsonElement>();
        await using var outsider = await FollowAsync("legal.agent", outsiderEvents, new SemaphoreSlim(0));
        var complainantEvents = new List<JsonElement>();
        var complainantReceived = new SemaphoreSlim(0);
        await using var complainant = await FollowAsync("hr.requester", complainantEvents, complainantReceived);

        platform.FakeClock.SetUtcNow(due.AddSeconds(-1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await GetAsync(hr, id))["level"]!.GetValue<string>().Should().Be("Agent", "one second before its deadline nothing moves");

        // Noticed late on purpose: the escalation is still recorded at the deadline.
        platform.FakeClock.SetUtcNow(due.AddMinutes(5));
        JsonElement? escalated = null;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (escalated is null && DateTime.UtcNow < deadline)
        {
            await received.WaitAsync(TimeSpan.FromMilliseconds(500));
            lock (events)
            {
                escalated = events.FirstOrDefault(e => e.GetProperty("complaintId").GetString() == id && e.GetProperty("type").GetString() == "escalated");
                if (escalated?.ValueKind == JsonValueKind.Undefined)
                {
                    escalated = null;
                }
            }
        }

        escalated.Should().NotBeNull("the escalation must reach the provider's managers live");
        escalated!.Value.GetProperty("level").GetString().Should().Be("Manager");
        escalated.Value.GetProperty("at").GetDateTimeOffset().Should().Be(due);
        escalated.Value.GetProperty("by").GetString().Should().Be("system");

        var complainantSaw = false;
        for (var wait = DateTime.UtcNow.AddSeconds(5); !complainantSaw && DateTime.UtcNow < wait;)
        {
            await complainantReceived.WaitAsync(TimeSpan.FromMilliseconds(200));
            lock (complainantEvents)
            {
                complainantSaw = complainantEvents.Any(e => e.GetProperty("complaintId").GetString() == id && e.GetProperty("type").GetString() == "escalated");
            }
        }

        complainantSaw.Should().BeTrue("the complainant follows their own complaint live");

        lock (outsiderEvents)
        {
            outsiderEvents.Should().NotContain(e => e.GetProperty("complaintId").GetString() == id, "legal neither provides nor filed it");
        }

        var after = await GetAsync(hr, id);
        after["level"]!.GetValue<string>().Should().Be("Manager");
        var step = after["escalations"]!.AsArray().Should().ContainSingle().Subject!;
        Instant(step, "at").Should().Be(due);
        step["missed"]!.GetValue<string>().Should().Be("Acknowledgement");
        Instant(after, "levelDueAt").Should().Be(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.FromHours(-5)), "the manager gets two business days of their own");

        (await ActAsync(await platform.AsAsync("it.agent"), id, "acknowledge")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the agents' level has passed");
        (await ActOkAsync(await platform.AsAsync("it.manager"), id, "acknowledge"))["status"]!.GetValue<string>().Should().Be("Acknowledged");

        var trail = await (await platform.AsAsync("org.auditor")).GetFromJsonAsync<JsonArray>($"api/audit?entityId={id}");
        var entry = trail!.Single(e => e!["action"]!.GetValue<string>() == "Escalated")!;
        entry["caller"]!["userId"]!.GetValue<string>().Should().Be("system");
        entry["changes"]!.AsArray().Should().Contain(c => c!["field"]!.GetValue<string>() == "level" && c["after"]!.GetValue<string>() == "Manager");
    }

    /// <summary>A signed-in connection to the complaints hub that follows what <paramref name="userId"/> may see.</summary>
    private async Task<HubConnection> FollowAsync(string userId, List<JsonElement> events, SemaphoreSlim received)
    {
        var (http, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, userId);
        http.Dispose();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.BaseAddress, "hubs/complaints"), o => o.Cookies = cookies)
            .Build();
        connection.On<JsonElement>("complaint", e =>
        {
            lock (events)
            {
                events.Add(e.Clone());
            }

            received.Release();
        });
        await connection.StartAsync();
        await connection.InvokeAsync<string[]>("Follow");
        return connection;
    }
}
