using System.Net.Http.Json;
using System.Text.Json;
using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// A live connection keeps only what its person may still see: when they are moved, demoted or removed, the
/// server closes it, and a new connection joins only what their new roles allow. Real SignalR connections.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class LiveSessionTests(AccessPlatform platform)
{
    private static readonly TimeSpan ChangeThroughThisProcess = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_person_moved_to_another_department_is_disconnected_at_once_and_may_then_follow_only_their_new_queue()
    {
        var admin = await platform.AsAsync(People.Administrator);
        var id = await NewPersonAsync(admin, "hr", "Agent");
        var (_, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, id);
        await using var mover = await ConnectAsync(cookies);
        await using var bystander = await ConnectAsync((await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, People.HrManager)).Cookies);
        await mover.Connection.InvokeAsync<JsonElement>("JoinDepartment", "hr", "provider");
        await bystander.Connection.InvokeAsync<JsonElement>("JoinDepartment", "hr", "provider");

        (await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Moving Person", departmentId = "legal", role = "Agent" }))
            .EnsureSuccessStatusCode();

        (await mover.WaitClosedAsync(ChangeThroughThisProcess)).Should().BeTrue("events for hr must stop reaching someone who left hr");
        await Task.Delay(AccessPlatform.SessionRecheckInterval * 2);
        bystander.Connection.State.Should().Be(HubConnectionState.Connected, "nothing changed for the hr manager");

        await using var again = await ConnectAsync(cookies);
        var rejoin = () => again.Connection.InvokeAsync<JsonElement>("JoinDepartment", "hr", "provider");
        (await rejoin.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("may not follow");
        await again.Connection.InvokeAsync<JsonElement>("JoinDepartment", "legal", "provider");
    }

    [Fact]
    public async Task A_person_removed_from_the_directory_by_another_web_process_is_disconnected_within_the_recheck_interval()
    {
        var admin = await platform.AsAsync(People.Administrator);
        var id = await NewPersonAsync(admin, "hr", "Manager");
        var (_, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, id);
        await using var session = await ConnectAsync(cookies);
        await session.Connection.InvokeAsync<JsonElement>("JoinBoard");

        // Straight to the directory, as another web process would: this one's cache and change signal never see it.
        await platform.WebServices.GetRequiredService<IGrainFactory>().GetDirectory().RemoveAsync(id);

        var bound = AccessPlatform.DirectoryCacheLifetime + (AccessPlatform.SessionRecheckInterval * 2) + TimeSpan.FromSeconds(5);
        (await session.WaitClosedAsync(bound)).Should().BeTrue("the periodic check sees the removal once the cache entry expires");

        await using var again = await ConnectAsync(cookies);
        var board = () => again.Connection.InvokeAsync<JsonElement>("JoinBoard");
        (await board.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("no department");
    }

    [Fact]
    public async Task A_demoted_auditor_loses_the_organisation_board()
    {
        var admin = await platform.AsAsync(People.Administrator);
        var id = await NewPersonAsync(admin, "finance", "Requester", auditor: true);
        var (_, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, id);
        await using var session = await ConnectAsync(cookies);
        (await session.Connection.InvokeAsync<JsonElement>("JoinBoard")).GetProperty("departmentId").ValueKind
            .Should().Be(JsonValueKind.Null, "an auditor follows the organisation's board");

        (await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Former Auditor", departmentId = "finance", role = "Requester", auditor = false }))
            .EnsureSuccessStatusCode();

        (await session.WaitClosedAsync(ChangeThroughThisProcess)).Should().BeTrue();
        await using var again = await ConnectAsync(cookies);
        (await again.Connection.InvokeAsync<JsonElement>("JoinBoard")).GetProperty("departmentId").GetString()
            .Should().Be("finance", "without the auditor role only their own department's board is left");
    }

    private static async Task<string> NewPersonAsync(HttpClient admin, string department, string role, bool auditor = false)
    {
        var id = $"live.{Guid.NewGuid():N}"[..20];
        (await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Live Person", departmentId = department, role, auditor }))
            .EnsureSuccessStatusCode();
        return id;
    }

    private async Task<LiveConnection> ConnectAsync(System.Net.CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.BaseAddress, "hubs/live"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        var live = new LiveConnection(connection);
        await connection.StartAsync();
        return live;
    }

    /// <summary>A connection and whether the server has closed it.</summary>
    private sealed class LiveConnection : IAsyncDisposable
    {
        private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LiveConnection(HubConnection connection)
        {
            Connection = connection;
            connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
        }

        public HubConnection Connection { get; }

        public async Task<bool> WaitClosedAsync(TimeSpan within) =>
            await Task.WhenAny(closed.Task, Task.Delay(within)) == closed.Task;

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
