using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Live;
using Catalog.Requests;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Benchmarks.Reads;

/// <summary>
/// <c>queue-reads [--open N] [--reads R] [--index-table NAME]</c>: reads with N open requests (default 100,000) over the seven demo
/// provider departments, through the API. Seeds the request index table straight (both rows of each request, 100 a
/// transaction; no request grain is needed to read a queue), starts a silo and the web host in this process, then
/// times R reads (default 1,000, one at a time, after a warm-up) of each: the first page and a next page of a
/// provider queue, a client queue (My requests), the organisation's and a department's board figures; against two
/// baselines of the same run: a raw point read of one index row, and the API's cheapest grain read (GET /api/clock).
/// Prints p50 and p99, the working set of the process (silo and web host together) and the managed heap the queue
/// projections hold. Exit code 0 when every read's p99 is under 10 ms.
/// </summary>
public static class QueueReadsBenchmark
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;
    private static readonly string OpenStatuses = "Submitted,Acknowledged,InProgress,WaitingOnClient,Resolved";
    private static readonly string[] Departments = ["it", "hr", "finance", "facilities", "legal", "communications", "procurement"];

    /// <summary>Runs the benchmark.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var open = Option(args, "--open", 100_000);
        var reads = Option(args, "--reads", 1_000);
        Console.WriteLine(string.Format(Culture, "queue-reads: {0:N0} open requests over {1} providers, {2:N0} reads of each kind",
            open, Departments.Length, reads));
        Console.WriteLine(string.Format(Culture, "  .NET {0}, {1} cores, {2}", Environment.Version, Environment.ProcessorCount,
            System.Runtime.InteropServices.RuntimeInformation.OSDescription));

        var reuse = TextOption(args, "--index-table");
        await using var platform = await ReadsPlatform.CreateAsync(reuse);
        var table = new TableClient(platform.ConnectionString, platform.IndexTable);
        await table.CreateIfNotExistsAsync();
        var marker = new TableClient(platform.ConnectionString, platform.IndexTable + "seeded");
        await marker.CreateIfNotExistsAsync();
        var seededBefore = (await marker.GetEntityIfExistsAsync<TableEntity>("seeded", open.ToString(Culture))).HasValue;
        if (seededBefore)
        {
            Console.WriteLine(string.Format(Culture, "  index table {0}: {1:N0} index rows seeded by an earlier run", platform.IndexTable, open * 2));
        }
        else
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(table, open);
            await marker.UpsertEntityAsync(new TableEntity("seeded", open.ToString(Culture)));
            Console.WriteLine(string.Format(Culture, "  seeded {0:N0} index rows in {1:N1} s (table {2}: --index-table {2} reads them again)",
                open * 2, seeding.Elapsed.TotalSeconds, platform.IndexTable));
        }

        await platform.StartHostsAsync();
        var heapBefore = ManagedHeap();
        var grains = platform.SiloServices.GetRequiredService<IGrainFactory>();
        var rebuilding = Stopwatch.StartNew();
        // One queue at a time: fourteen scans at once time out on a loaded Azurite.
        var counts = new List<int>();
        foreach (var d in Departments)
        {
            counts.Add(await CountWhenLoadedAsync(grains.GetQueueProjection(QueueRole.Provider, d)));
            counts.Add(await CountWhenLoadedAsync(grains.GetQueueProjection(QueueRole.Client, d)));
        }

        Console.WriteLine(string.Format(Culture, "  {0} queue projections rebuilt from the index in {1:N1} s: {2:N0} rows",
            counts.Count, rebuilding.Elapsed.TotalSeconds, counts.Sum()));
        var heapAfter = ManagedHeap();

        var agents = new Dictionary<string, HttpClient>();
        var requesters = new Dictionary<string, HttpClient>();
        foreach (var d in Departments)
        {
            agents[d] = await SignInAsync(platform.BaseAddress, d + ".agent");
            requesters[d] = await SignInAsync(platform.BaseAddress, d + ".requester");
        }

        var auditor = await SignInAsync(platform.BaseAddress, "org.auditor");
        var cursors = new Dictionary<string, string>();
        foreach (var d in Departments)
        {
            var first = await PageAsync(agents[d], $"api/queues/provider/{d}?status={OpenStatuses}&limit=50");
            cursors[d] = first["next"]!.GetValue<string>();
        }

        var warmUp = Math.Max(20, reads / 10);
        var loadBefore = LoadAverage();
        var rowKey = RequestIndexKeys.Row(Id("it", 0));
        var partition = RequestIndexKeys.Partition(QueueRole.Provider, "it");
        var raw = await LatencySample.MeasureAsync("baseline: raw point read of an index row", reads, warmUp,
            async _ => await table.GetEntityAsync<TableEntity>(partition, rowKey));
        var clock = await LatencySample.MeasureAsync("baseline: GET /api/clock (one grain read)", reads, warmUp,
            async i => await agents[Departments[i % 7]].GetStringAsync("api/clock"));
        var samples = new[]
        {
            await LatencySample.MeasureAsync("provider queue, open, first page of 50", reads, warmUp,
                async i => await Ok(agents[Departments[i % 7]], $"api/queues/provider/{Departments[i % 7]}?status={OpenStatuses}&limit=50")),
            await LatencySample.MeasureAsync("provider queue, open, next page (cursor)", reads, warmUp,
                async i => await Ok(agents[Departments[i % 7]],
                    $"api/queues/provider/{Departments[i % 7]}?status={OpenStatuses}&limit=50&after={Uri.EscapeDataString(cursors[Departments[i % 7]])}")),
            await LatencySample.MeasureAsync("provider queue, breached only, 50", reads, warmUp,
                async i => await Ok(agents[Departments[i % 7]], $"api/queues/provider/{Departments[i % 7]}?breached=true&limit=50")),
            await LatencySample.MeasureAsync("client queue (My requests), open, 50", reads, warmUp,
                async i => await Ok(requesters[Departments[i % 7]], $"api/queues/client/{Departments[i % 7]}?status={OpenStatuses}&limit=50")),
            await LatencySample.MeasureAsync("board figures, organisation, 30 days", reads, warmUp,
                async _ => await Ok(auditor, "api/board/figures?days=30")),
            await LatencySample.MeasureAsync("board figures, a department, 30 days", reads, warmUp,
                async i => await Ok(agents[Departments[i % 7]], "api/board/figures?days=30")),
        };

        // The path the projections replace, for comparison: one partition scan of the stored index per listing.
        var stored = platform.SiloServices.GetRequiredService<AzureTableRequestIndex>();
        var scan = await LatencySample.MeasureAsync("before: provider queue by partition scan (silo side)", 5, 1,
            async i => await stored.QueryAsync(new QueueQuery(QueueRole.Provider, Departments[i % 7], Limit: 50)));

        Console.WriteLine(string.Format(Culture, "  load average (1 min) {0} when the reads started, {1} when they ended", loadBefore, LoadAverage()));
        Console.WriteLine(raw.Line(null));
        Console.WriteLine(clock.Line(raw));
        foreach (var sample in samples)
        {
            Console.WriteLine(sample.Line(clock));
        }

        Console.WriteLine(scan.Line(clock));
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Format(Culture,
            "  working set {0:N0} MiB (silo and web host in one process); managed heap {1:N0} MiB, of which the projections {2:N0} MiB ({3:N0} B a row)",
            process.WorkingSet64 / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0,
            (heapAfter - heapBefore) / (double)Math.Max(1, counts.Sum())));
        foreach (var line in ProjectionOnly(open, reads))
        {
            Console.WriteLine(line);
        }

        var met = samples.All(s => s.Percentile(99) < 10);
        Console.WriteLine("  target p99 < 10 ms for every read: " + (met ? "met" : "NOT met"));
        return met ? 0 : 1;
    }

    private static async Task SeedAsync(TableClient table, int open)
    {
        var rows = Summaries(open, DateTimeOffset.UtcNow).SelectMany(summary =>
            new[] { RequestIndexEntity.Create(QueueRole.Provider, summary, []), RequestIndexEntity.Create(QueueRole.Client, summary, []) });
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(100)).ToArray();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches.Length)
            {
                await table.SubmitTransactionAsync(batches[b].Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
            }
        }));
    }

    // The projection alone, in this process, over the same rows as the provider queue of IT and the client queue of HR:
    // what a page costs before any call, serialization or HTTP (microseconds, so the machine's load matters less).
    private static IEnumerable<string> ProjectionOnly(int open, int reads)
    {
        var now = DateTimeOffset.UtcNow;
        var provider = new QueueProjection();
        var client = new QueueProjection();
        foreach (var summary in Summaries(open, now))
        {
            if (summary.ProviderDepartmentId == "it")
            {
                provider.Apply(summary);
            }

            if (summary.ClientDepartmentId == "hr")
            {
                client.Apply(summary);
            }
        }

        var open50 = new QueueQuery(QueueRole.Provider, "it", [.. OpenStatuses.Split(',').Select(Enum.Parse<RequestStatus>)], Limit: 50);
        QueueCursor.TryRead(provider.Query(open50, null).Next, out var cursor);
        var reads4 = new (string Name, Func<QueuePage> Read)[]
        {
            ("projection only: provider queue, open, first page", () => provider.Query(open50, null)),
            ("projection only: provider queue, open, next page", () => provider.Query(open50, cursor)),
            ("projection only: provider queue, breached only", () => provider.Query(new QueueQuery(QueueRole.Provider, "it", Breached: true, Limit: 50), null)),
            ("projection only: client queue, open, first page", () => client.Query(open50 with { Role = QueueRole.Client, DepartmentId = "hr" }, null)),
            ("projection only: board figures, 30 days", () => new QueuePage([], provider.Figures(now.AddDays(-30)).Count)),
        };
        foreach (var (name, read) in reads4)
        {
            for (var i = 0; i < 200; i++)
            {
                read();
            }

            var micros = new double[reads];
            for (var i = 0; i < reads; i++)
            {
                var started = Stopwatch.GetTimestamp();
                read();
                micros[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }

            Array.Sort(micros);
            yield return string.Format(Culture, "  {0,-52} n {1,5}   p50 {2,7:N1} µs  p99 {3,7:N1} µs  ({4:N0} and {5:N0} rows)",
                name, reads, micros[reads / 2], micros[Math.Min(reads - 1, (int)Math.Ceiling(reads * 0.99) - 1)], provider.Count, client.Count);
        }
    }

    private static IEnumerable<RequestSummary> Summaries(int open, DateTimeOffset now)
    {
        var statuses = new[] { RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingOnClient };
        return Enumerable.Range(0, open).Select(i =>
        {
            var provider = Departments[i % 7];
            var client = Departments[(i % 7 + 1 + (i / 7 % 6)) % 7];
            var summary = new RequestSummary(
                Id(provider, i), provider + ".bench", new LocalizedText("Service de banc d'essai", "Benchmark service"), provider, client,
                client + ".requester", "Benchmark request " + i.ToString(Culture), statuses[i % 4], i % 9 == 0, i % 13 == 0,
                i % 10 == 0 ? null : now.AddMinutes((i * 7919 % 20_000) - 2_000), now.AddSeconds(-i), now.AddSeconds(-i))
            {
                // What a live page draws, as the request grain writes it: two clock readings and each side's actions.
                Clocks = Clocks(provider, client, i, now),
                ProviderActions = statuses[i % 4] switch
                {
                    RequestStatus.Submitted => [RequestAction.Acknowledge, RequestAction.Comment],
                    RequestStatus.Acknowledged => [RequestAction.Start, RequestAction.WaitOnClient, RequestAction.Comment],
                    RequestStatus.InProgress => [RequestAction.WaitOnClient, RequestAction.Resolve, RequestAction.Comment],
                    _ => [RequestAction.Resume, RequestAction.Comment],
                },
                ClientActions = [RequestAction.Cancel, RequestAction.Comment],
                AsOf = now,
            };
            return summary;
        });
    }

    private static LiveClockReading[] Clocks(string provider, string client, int i, DateTimeOffset now) =>
    [
        new(ClockKind.Acknowledgement, ClockRunState.Stopped, provider, provider, Target.BusinessHours(4), TimeSpan.FromMinutes(i % 200),
            now.AddMinutes(-i % 500), now.AddMinutes(-i % 700), false, false, null),
        new(ClockKind.Resolution, i % 4 == 3 ? ClockRunState.Paused : ClockRunState.Running, provider, client == "hr" ? client : provider,
            Target.BusinessDays(5), TimeSpan.FromMinutes(i % 3000), now.AddMinutes(i % 9000), now.AddMinutes(i % 6000), i % 9 == 0, i % 13 == 0,
            i % 13 == 0 ? now.AddMinutes(-(i % 300)) : null),
    ];

    // A scan of a large partition on a loaded Azurite may outlast a call's timeout (the projection keeps reading), or
    // fail (the projection deactivates, and the next call scans again).
    private static async Task<int> CountWhenLoadedAsync(IQueueProjectionGrain projection)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await projection.CountAsync();
            }
            catch (Exception exception) when (attempt < 20 && exception is not OutOfMemoryException)
            {
                Console.WriteLine("  (a projection's scan: " + exception.GetType().Name + ", asking again)");
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
    }

    // The demo seeding of a fresh silo on a loaded machine may still be under way: its sign-in page then answers an error.
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string userId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await DemoSignIn.SignInAsync(baseAddress, userId)).Http;
            }
            catch (Exception exception) when (attempt < 100 && exception is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string? TextOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string Id(string provider, int i) => provider.ToUpperInvariant() + "-B" + i.ToString("D6", Culture);

    private static async Task Ok(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null);
    }

    private static async Task<JsonObject> PageAsync(HttpClient http, string path) =>
        (await http.GetFromJsonAsync<JsonObject>(path))!;

    private static long ManagedHeap()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, Culture, out var value) && value > 0
            ? value
            : fallback;
    }
}
