using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Live;
using Catalog.Functional.Tests.Requests;
using Catalog.Requests;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using Xunit.Abstractions;

namespace Catalog.Functional.Tests.Platform;

/// <summary>
/// Two silos of one cluster on the same Azurite tables; the silo holding a department's SLA monitor leaves. The
/// survivor must fire that department's deadlines, at their instant, and live pages are told to resync.
/// (Killing a silo process outright is measured by <c>bench … faults</c>.)
/// </summary>
public sealed class SiloFailoverTests(FakeClockPlatform platform, ITestOutputHelper output) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_deadline_whose_monitor_lived_on_a_silo_that_left_fires_on_the_survivor_and_boards_resync()
    {
        await platform.StartAdditionalSiloAsync();
        await WaitForActiveSilosAsync(2);
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 1);
        var filed = await RequestApi.FileOkAsync(requester, service);
        var id = filed["id"]!.GetValue<string>();
        var due = RequestApi.Instant(RequestApi.Clock(filed, "Acknowledgement"), "dueAt")!.Value;
        await using var board = await LiveClient.ConnectAsync(platform, "org.auditor");
        var resynced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        board.Connection.On(nameof(ILiveClient.Resync), () => resynced.TrySetResult());
        await board.Connection.InvokeAsync<JsonObject>(nameof(LiveHub.JoinBoard));

        // Signed in before the loss: while the cluster settles, even the sign-in page may answer 503.
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var monitorSilo = await SiloOfAsync(platform.WebServices.GetRequiredService<IClusterClient>().GetSlaMonitor("it"));
        await platform.StopSiloAsync(monitorSilo);
        platform.Silos.Should().ContainSingle("one silo of two is left");

        platform.FakeClock.SetUtcNow(due);
        var watch = Stopwatch.StartNew();
        JsonObject? acknowledgement = null;
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            // The queue's breached filter reads what the monitor recorded (a GET computes clocks on its own).
            var queue = await agent.GetAsync("api/queues/provider/it?breached=true");
            if (queue.IsSuccessStatusCode
                && (await queue.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Any(r => r!["id"]!.GetValue<string>() == id))
            {
                var request = await agent.GetAsync($"api/requests/{id}");
                if (request.IsSuccessStatusCode)
                {
                    acknowledgement = RequestApi.Clock((await request.Content.ReadFromJsonAsync<JsonObject>())!, "Acknowledgement");
                    break;
                }
            }

            await Task.Delay(200);
        }

        output.WriteLine($"Recorded by the survivor {watch.Elapsed.TotalSeconds:0.0} s after the deadline");
        acknowledgement.Should().NotBeNull("the survivor must fire the deadline of the monitor that left");
        RequestApi.Instant(acknowledgement!, "breachedAt").Should().Be(due, "a breach is recorded at its instant, not when found");
        (await Task.WhenAny(resynced.Task, Task.Delay(TimeSpan.FromSeconds(60)))).Should().Be(resynced.Task,
            "the board is told to take a fresh snapshot after the cluster lost a silo");
        var snapshot = await SnapshotAsync(board);
        snapshot["requests"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(id,
            "the fresh snapshot shows the breach");
    }

    // As a page does: a snapshot the settling cluster cannot give yet is asked for again.
    private static async Task<JsonObject> SnapshotAsync(LiveClient board)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await board.Connection.InvokeAsync<JsonObject>(nameof(LiveHub.JoinBoard));
            }
            catch (HubException) when (attempt < 20)
            {
                await Task.Delay(1000);
            }
        }
    }

    private async Task<IHost> SiloOfAsync(IAddressable grain)
    {
        var management = platform.WebServices.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
        var address = await management.GetActivationAddress(grain);
        address.Should().NotBeNull("the monitor runs somewhere");
        return platform.Silos.Single(s => s.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Equals(address));
    }

    private async Task WaitForActiveSilosAsync(int count)
    {
        var management = platform.WebServices.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
        var watch = Stopwatch.StartNew();
        while ((await management.GetHosts(onlyActive: true)).Count != count)
        {
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), $"{count} silos should be active");
            await Task.Delay(200);
        }
    }
}
