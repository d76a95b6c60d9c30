using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// The organisation's live board as a browser of an auditor keeps it: one SignalR connection to /hubs/live, joined
/// to the board, recording every event with the instant it arrived. Like the page (wwwroot/js/live.js), it joins
/// again once on <c>Resync</c> (sent by the web tier after the cluster lost or gained a silo) and after a
/// reconnection, without retrying a join that fails, and keeps which requests each fresh snapshot shows as breached.
/// </summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HubConnection connection;
    private readonly ConcurrentQueue<(BoardEvent Event, DateTimeOffset ReceivedAt)> events = new();
    private readonly ConcurrentQueue<DateTimeOffset> resyncs = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, string[] Breached)> snapshots = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, string Text)> problems = new();
    private int reconnects;

    private BoardWatcher(Uri baseAddress, CookieContainer cookies)
    {
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/live"), o => o.Cookies = cookies)
            .WithAutomaticReconnect()
            .AddJsonProtocol(o => o.PayloadSerializerOptions = Json)
            .Build();
        connection.On<List<BoardEvent>>("Events", batch =>
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var e in batch)
            {
                events.Enqueue((e, now));
            }
        });
        connection.On("Resync", () =>
        {
            resyncs.Enqueue(DateTimeOffset.UtcNow);
            _ = JoinAsync();
        });
        connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref reconnects);
            return JoinAsync();
        };
        connection.Closed += error =>
        {
            problems.Enqueue((DateTimeOffset.UtcNow, "connection closed: " + (error?.Message ?? "no error")));
            return Task.CompletedTask;
        };
    }

    /// <summary>Every event received, with when.</summary>
    public IReadOnlyList<(BoardEvent Event, DateTimeOffset ReceivedAt)> Events => [.. events];

    /// <summary>When the web tier asked for a resync.</summary>
    public IReadOnlyList<DateTimeOffset> Resyncs => [.. resyncs];

    /// <summary>Every snapshot taken (the first join and each rejoin) with the requests it shows as breached.</summary>
    public IReadOnlyList<(DateTimeOffset At, string[] Breached)> Snapshots => [.. snapshots];

    /// <summary>Automatic reconnections of the SignalR connection.</summary>
    public int Reconnects => reconnects;

    /// <summary>Joins that failed (not tried again, as the page does not), and the connection closing.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Text)> Problems => [.. problems];

    /// <summary>Signs in as org.auditor on <paramref name="baseAddress"/>, connects and joins the board.</summary>
    public static async Task<BoardWatcher> ConnectAsync(Uri baseAddress, CookieContainer auditorCookies)
    {
        var watcher = new BoardWatcher(baseAddress, auditorCookies);
        await watcher.connection.StartAsync();
        for (var attempt = 1; !await watcher.JoinAsync() && attempt < 5; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        if (watcher.snapshots.IsEmpty)
        {
            throw new InvalidOperationException("Joining the board failed: " + string.Join("; ", watcher.Problems.Select(p => p.Text)));
        }

        return watcher;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    /// <summary>One JoinBoard, as the page's rejoinAll does it: a failure is recorded, not retried.</summary>
    private async Task<bool> JoinAsync()
    {
        try
        {
            var snapshot = await connection.InvokeAsync<JsonElement>("JoinBoard");
            var breached = snapshot.GetProperty("requests").EnumerateArray()
                .Where(r => r.GetProperty("breached").GetBoolean())
                .Select(r => r.GetProperty("id").GetString()!)
                .ToArray();
            snapshots.Enqueue((DateTimeOffset.UtcNow, breached));
            return true;
        }
        catch (Exception ex) when (ex is HubException or InvalidOperationException or TaskCanceledException or IOException)
        {
            problems.Enqueue((DateTimeOffset.UtcNow, $"JoinBoard failed ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})"));
            return false;
        }
    }
}
