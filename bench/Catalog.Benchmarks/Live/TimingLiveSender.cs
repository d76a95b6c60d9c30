using System.Collections.Concurrent;
using System.Diagnostics;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Benchmarks.Live;

/// <summary>
/// The hub sender the web tier uses, timed: how long an event took from the grain to the hub (Orleans stream, relay
/// buffer, flush beat) and how long one group message took to hand to every connection.
/// </summary>
public sealed class TimingLiveSender(IHubContext<LiveHub, ILiveClient> hub) : ILiveBatchSender
{
    private readonly ConcurrentQueue<double> toHubMs = new();
    private readonly ConcurrentQueue<double> sendMs = new();

    /// <summary>Only messages to this group are timed (the benchmark's clients are all in it).</summary>
    public string Group { get; set; } = LiveGroups.Board;

    /// <summary>Called with each event of the timed group as it is handed to SignalR (the breach benchmark's probe).</summary>
    public Action<LiveEvent>? Sending { get; set; }

    public async Task SendAsync(string group, IReadOnlyList<LiveEvent> events, CancellationToken cancellationToken)
    {
        var timed = group == Group;
        if (timed)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var e in events)
            {
                toHubMs.Enqueue((now - e.At).TotalMilliseconds);
                Sending?.Invoke(e);
            }
        }

        var started = Stopwatch.GetTimestamp();
        await hub.Clients.Group(group).Events(events);
        if (timed)
        {
            sendMs.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Forgets what was timed so far (after the warm-up).</summary>
    public void Reset()
    {
        toHubMs.Clear();
        sendMs.Clear();
    }

    /// <summary>Event at → the relay hands it to SignalR, per event.</summary>
    public double[] ToHubMs => [.. toHubMs];

    /// <summary>The time to hand one group message to every connection of the group, per message.</summary>
    public double[] SendMs => [.. sendMs];
}
