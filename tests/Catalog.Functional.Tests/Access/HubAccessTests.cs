using System.Net;
using System.Text.Json;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// The live hub's part of the matrix, over real SignalR connections signed in as each person: nobody connects
/// unsigned, a department's queues are followed only by its own people and auditors, and the board shows each
/// person only what they may see.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class HubAccessTests(AccessPlatform platform)
{
    private readonly AccessWorld world = new(platform);

    [Fact]
    public async Task Nobody_connects_to_the_live_hub_without_signing_in()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(platform.BaseAddress, "hubs/live")).Build();

        var connect = () => connection.StartAsync();

        (await connect.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, string, string, bool> QueueJoins()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var user in People.SignedIn)
        {
            data.Add(user, "it", "provider", People.ItPeople.Contains(user) || user == People.Auditor);
            data.Add(user, "hr", "client", People.HrPeople.Contains(user) || user == People.Auditor);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QueueJoins))]
    public async Task A_department_queue_is_followed_only_by_its_people_and_auditors(string user, string department, string role, bool allowed)
    {
        var secret = AccessWorld.NewSecret();
        await world.RequestAsync(secret);
        await using var connection = await ConnectAsync(user);

        var join = () => connection.InvokeAsync<JsonElement>("JoinDepartment", department, role);

        if (allowed)
        {
            (await join()).GetRawText().Should().Contain(secret);
        }
        else
        {
            var refusal = await join.Should().ThrowAsync<HubException>();
            refusal.Which.Message.Should().Contain("may not follow").And.NotContain(secret);
        }
    }

    [Theory]
    [InlineData(People.Auditor, null)]
    [InlineData(People.HrRequester, "hr")]
    [InlineData(People.ItAgent, "it")]
    [InlineData(People.LegalAgent, "legal")]
    public async Task The_board_shows_auditors_the_organisation_and_everyone_else_their_own_department(string user, string? department)
    {
        await using var connection = await ConnectAsync(user);

        var board = await connection.InvokeAsync<JsonElement>("JoinBoard");

        var scope = board.GetProperty("departmentId");
        if (department is null)
        {
            scope.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        scope.GetString().Should().Be(department);
        foreach (var request in board.GetProperty("requests").EnumerateArray())
        {
            new[] { request.GetProperty("providerDepartmentId").GetString(), request.GetProperty("clientDepartmentId").GetString() }
                .Should().Contain(department, "a department's board lists only requests it provides or filed");
        }

        foreach (var pair in board.GetProperty("counters").EnumerateArray())
        {
            new[] { pair.GetProperty("providerDepartmentId").GetString(), pair.GetProperty("clientDepartmentId").GetString() }
                .Should().Contain(department);
        }
    }

    [Fact]
    public async Task A_department_board_receives_the_events_of_its_requests_and_no_others()
    {
        await using var legal = await ConnectAsync(People.LegalAgent);
        await using var hr = await ConnectAsync(People.HrManager);
        var legalEvents = Record(legal);
        var hrEvents = Record(hr);
        await legal.InvokeAsync<JsonElement>("JoinBoard");
        await hr.InvokeAsync<JsonElement>("JoinBoard");

        var secret = AccessWorld.NewSecret();
        var id = await world.RequestAsync(secret);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Copy(hrEvents).Any(e => e.Contains(id, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Copy(hrEvents).Should().Contain(e => e.Contains(id, StringComparison.Ordinal), "hr filed it");
        await Task.Delay(500); // the relay batches every 50 ms: anything meant for legal would have come by now
        Copy(legalEvents).Should().NotContain(e => e.Contains(id, StringComparison.Ordinal) || e.Contains(secret, StringComparison.Ordinal));
    }

    private static List<string> Record(HubConnection connection)
    {
        var batches = new List<string>();
        connection.On<JsonElement>("Events", batch =>
        {
            lock (batches)
            {
                batches.Add(batch.GetRawText());
            }
        });
        return batches;
    }

    private static List<string> Copy(List<string> batches)
    {
        lock (batches)
        {
            return [.. batches];
        }
    }

    private async Task<HubConnection> ConnectAsync(string user)
    {
        var (_, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, user);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.BaseAddress, "hubs/live"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
