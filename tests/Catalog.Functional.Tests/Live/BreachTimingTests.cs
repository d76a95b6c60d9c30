using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Catalog.Catalogue;
using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Grains.Hosting;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// A breach reaches a board's SignalR client soon after its due instant, on a business clock running 3,600 times
/// fast (a business hour in a real second): the SLA monitor arms its timer for the next due instant. The bound is
/// generous (3 s of real time) so a loaded machine does not fail it; <c>breach-latency</c> gives the real figure.
/// </summary>
public sealed class BreachTimingTests(AcceleratedClockPlatform platform) : IClassFixture<AcceleratedClockPlatform>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_breach_reaches_the_board_within_seconds_of_its_due_instant()
    {
        var clock = platform.Silos[0].Services.GetRequiredService<CatalogClock>();
        clock.Speed.Should().Be(AcceleratedClockPlatform.Speed);
        var service = await DemoRequests.CreateUrgentServiceAsync(platform);
        await using var board = await LiveClient.ConnectAsync(platform, "org.auditor");
        var arrivals = new ConcurrentQueue<(LiveEvent Event, DateTimeOffset At)>();
        // A second handler of the hub's Events (the client's first one binds the arguments as JSON).
        board.Connection.On<JsonElement>(nameof(ILiveClient.Events), batch =>
        {
            var now = clock.GetUtcNow();
            foreach (var e in batch.Deserialize<List<LiveEvent>>(LiveClient.Json)!)
            {
                arrivals.Enqueue((e, now));
            }
        });
        await board.JoinBoardAsync();

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var filed = await DemoRequests.FileAsync(platform, "hr.requester", service, $"Printer jams #{i}", new() { ["Printer number"] = $"PRN-{i:D4}" });
            ids.Add(filed["id"]!.GetValue<string>());
        }

        // A night between filing and breach lasts 16 business-clock hours: 16 real seconds at this speed.
        foreach (var id in ids)
        {
            await board.WaitForAsync(id, events => events.Any(IsAcknowledgementBreach), TimeSpan.FromSeconds(60));
        }

        foreach (var id in ids)
        {
            var (breach, at) = arrivals.First(a => a.Event.RequestId == id && IsAcknowledgementBreach(a.Event));
            var late = (at - breach.DueAt!.Value) / clock.Speed;
            late.Should().BeLessThan(Bound,
                $"the breach of {id} due at {breach.DueAt:O} reached the board at {at:O} on the business clock, {late.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms of real time later");
            late.Should().BeGreaterThanOrEqualTo(TimeSpan.Zero, "a breach is never told before its instant");
        }
    }

    private static bool IsAcknowledgementBreach(LiveEvent e) => e.Type == LiveEventTypes.Breached && e.Clock == ClockKind.Acknowledgement;
}

/// <summary>The demo organisation on a business clock running <see cref="Speed"/> times fast (<c>Catalog:Clock:Speed</c>).</summary>
public sealed class AcceleratedClockPlatform : CatalogPlatform
{
    /// <summary>A business hour per real second.</summary>
    public const double Speed = 3600;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:Clock:Speed"] = Speed.ToString(CultureInfo.InvariantCulture),
    };
}
