using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Requests;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Live;

/// <summary>
/// A SignalR client of the running web host, signed in as one of the demo people (the hub refuses anyone else),
/// that records every batch it gets, raw and parsed.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    /// <summary>The JSON the hub writes: camelCase, enums as names.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly object gate = new();
    private readonly List<JsonElement> rawBatches = [];
    private readonly List<LiveEvent> events = [];
    private TaskCompletionSource changed = NewSignal();

    private LiveClient(CatalogPlatform platform, CookieContainer cookies)
    {
        Connection = Build(platform, cookies);
        Connection.On<JsonElement>(nameof(ILiveClient.Events), Receive);
    }

    public HubConnection Connection { get; }

    /// <summary>Every event received so far, in order of receipt.</summary>
    public IReadOnlyList<LiveEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Every Events message received so far, as JSON arrays.</summary>
    public IReadOnlyList<JsonElement> RawBatches
    {
        get
        {
            lock (gate)
            {
                return [.. rawBatches];
            }
        }
    }

    /// <summary>
    /// Signs in as <paramref name="userId"/> (one of the demo people) the way a browser does and connects with that
    /// sign-in's cookie, on every transport (the negotiate call and the WebSocket both carry it).
    /// </summary>
    public static async Task<LiveClient> ConnectAsync(CatalogPlatform platform, string userId)
    {
        var (http, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, userId);
        http.Dispose();
        var client = new LiveClient(platform, cookies);
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>A connection to the hub with the given cookies (none: signed in as nobody), not started.</summary>
    public static HubConnection Build(CatalogPlatform platform, CookieContainer? cookies = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(platform.BaseAddress, "hubs/live"), o =>
            {
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions = Json)
            .Build();

    public Task<LiveQueueSnapshot> JoinDepartmentAsync(string departmentId, string role) =>
        Connection.InvokeAsync<LiveQueueSnapshot>(nameof(LiveHub.JoinDepartment), departmentId, role);

    public Task<LiveBoardSnapshot> JoinBoardAsync() => Connection.InvokeAsync<LiveBoardSnapshot>(nameof(LiveHub.JoinBoard));

    /// <summary>The events of one request received so far.</summary>
    public IReadOnlyList<LiveEvent> EventsOf(string requestId) => [.. Events.Where(e => e.RequestId == requestId)];

    /// <summary>Waits until the events of a request satisfy <paramref name="done"/>; returns them.</summary>
    public async Task<IReadOnlyList<LiveEvent>> WaitForAsync(string requestId, Func<IReadOnlyList<LiveEvent>, bool> done, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task signal;
            lock (gate)
            {
                signal = changed.Task;
            }

            var current = EventsOf(requestId);
            if (done(current))
            {
                return current;
            }

            try
            {
                await signal.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"The events of {requestId} were still incomplete: [{string.Join(", ", current.Select(e => $"{e.Type}#{e.Sequence}"))}].");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Receive(JsonElement batch)
    {
        var parsed = batch.Deserialize<List<LiveEvent>>(Json) ?? [];
        TaskCompletionSource signal;
        lock (gate)
        {
            rawBatches.Add(batch.Clone());
            events.AddRange(parsed);
            signal = changed;
            changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
