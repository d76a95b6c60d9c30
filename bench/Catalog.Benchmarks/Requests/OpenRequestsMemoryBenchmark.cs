using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Catalog.Catalogue;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Scorecards;
using Catalog.Grains.Requests.Index;
using Catalog.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Catalog.Storage.Requests;

namespace Catalog.Benchmarks.Requests;

/// <summary>
/// <c>requests-memory [--count N] [--concurrency C] [--warmup W] [--dump PREFIX]</c>: the memory a silo needs for N
/// open requests, per request and projected to 100,000 against the 1 GiB target. Starts an
/// in-process silo (memory grain storage with the binary serializer our table storage uses, the in-memory request
/// index and audit trail, the demo organisation), files N requests (default 100,000) through the intake across the demo services and
/// client departments, and prints the process working set and the live managed heap: before filing, with every
/// grain the filings activated still active (request and intake grains), after <c>ForceActivationCollection</c>, and
/// with only the request grains activated again. Each figure follows an aggressive full collection. They are an upper
/// bound for a real silo, whose grain states, index and audit trail live in Azure Tables, not in its memory; here all are in
/// the process.
/// </summary>
public static class OpenRequestsMemoryBenchmark
{
    private const long TargetBytes = 1L << 30;
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Runs the measurement; returns 0 when the working set projected to 100,000 active requests stays under 1 GiB.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 100_000);
        var concurrency = Option(args, "--concurrency", 64);
        using var host = BuildSilo();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var plan = FilingPlan.FirstClientPerService(await FilingPlan.EveryPairAsync(grains));
        var providers = plan.Select(p => p.Provider).Distinct().ToArray();
        Console.WriteLine(string.Format(Culture,
            "requests-memory: {0:N0} requests over {1} services of {2} provider departments, {3} filings at a time",
            count, plan.Count, providers.Length, concurrency));
        Console.WriteLine(string.Format(Culture, "  .NET {0}, {1} GC, {2} cores, {3}",
            Environment.Version, System.Runtime.GCSettings.IsServerGC ? "server" : "workstation", Environment.ProcessorCount,
            System.Runtime.InteropServices.RuntimeInformation.OSDescription));

        // Filed first and left active, so the JIT, the caches and the pools a silo fills once are in the baseline and
        // the figures per request are what each more request costs.
        var warmup = Option(args, "--warmup", 1_000);
        var warmupIds = await FileAsync(grains, plan, warmup, concurrency, "warmup-");
        var before = Snapshot.Take();
        Print(string.Format(Culture, "after {0:N0} warm-up filings", warmup), before, before, 0, await management.GetTotalActivationCount());

        var stopwatch = Stopwatch.StartNew();
        var ids = await FileAsync(grains, plan, count, concurrency);
        stopwatch.Stop();
        Console.WriteLine(string.Format(Culture, "  filed {0:N0} requests in {1:N1} s ({2:N0} a second)",
            count, stopwatch.Elapsed.TotalSeconds, count / stopwatch.Elapsed.TotalSeconds));

        var active = Snapshot.Take();
        Print("all activations", active, before, count, await management.GetTotalActivationCount());

        await management.ForceActivationCollection(TimeSpan.FromMilliseconds(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var collected = Snapshot.Take();
        Print("after ForceActivationCollection", collected, before, count, await management.GetTotalActivationCount());
        var dumpPrefix = StringOption(args, "--dump");
        if (dumpPrefix is not null)
        {
            await DumpAsync(dumpPrefix + "-collected.dmp");
        }

        // The open requests alone active again (their intake grains stay collected), as a queue's agents would see them.
        // The warm-up's requests too, as in the baseline: the difference is the count's.
        await Concurrently.ForEachAsync([.. warmupIds, .. ids], concurrency, id => grains.GetRequest(id).GetAsync());
        var requestsActive = Snapshot.Take();
        Print("request grains re-activated", requestsActive, before, count, await management.GetTotalActivationCount());
        if (dumpPrefix is not null)
        {
            await DumpAsync(dumpPrefix + "-active.dmp");
        }

        var monitors = await Task.WhenAll(providers.Select(p => grains.GetSlaMonitor(p).GetStatusAsync()));
        var index = host.Services.GetRequiredService<InMemoryRequestIndex>();
        Console.WriteLine(string.Format(Culture, "  request index: {0:N0} requests; SLA monitors: {1:N0} requests, {2:N0} deadlines pending",
            index.Count, monitors.Sum(m => m.TrackedRequests), monitors.Sum(m => m.PendingDeadlines)));
        // What one active request costs: its activation (re-activated minus collected), and all it holds in the
        // process (activation, projections, monitors, directory, and here also the in-memory stores).
        var perActivation = (requestsActive.LiveManaged - collected.LiveManaged) / (double)(count + warmup);
        var perRequest = (requestsActive.WorkingSet - before.WorkingSet) / (double)count;
        var perRequestHeap = (requestsActive.LiveManaged - before.LiveManaged) / (double)count;
        var projected = before.WorkingSet + perRequest * 100_000;
        Console.WriteLine(string.Format(Culture,
            "  per active request: {0:N0} B of working set, {1:N0} B of live heap ({2:N0} B its activation, {3:N0} B the rest: stores, projections, monitors, directory)",
            perRequest, perRequestHeap, perActivation, perRequestHeap - perActivation));
        var met = projected <= TargetBytes;
        Console.WriteLine(string.Format(Culture,
            "  projection to 100,000 active requests: {0:N0} MiB of working set = {1:N2} × the 1 GiB target ({2})",
            projected / (1024.0 * 1024), projected / TargetBytes, met ? "met" : "NOT met"));

        await host.StopAsync();
        return met ? 0 : 1;
    }

    private static IHost BuildSilo()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Catalog:SeedDemoData"] = "true" });
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "bench", clusterId: "bench-" + siloPort.ToString(Culture));
            silo.AddMemoryGrainStorage(StorageNames.Catalog);
            silo.AddInMemoryRequestStore(StorageNames.Requests);
            silo.AddMemoryGrainStorage(StorageNames.PubSub);

            // The binary serializer, as our Azure Table storage uses: states are stored as their real size.
            foreach (var name in new[] { StorageNames.Catalog, StorageNames.PubSub })
            {
                silo.Services.AddOptions<MemoryGrainStorageOptions>(name)
                    .PostConfigure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            }

            silo.AddCatalogGrains(builder.Configuration);
            silo.UseInMemoryReminderService();
            silo.AddInMemoryRequestIndex();
            silo.AddQueueProjections();
            silo.AddInMemoryRequestFacts();
            silo.AddInMemoryAuditTrail();
        });
        return builder.Build();
    }

    private static async Task<string[]> FileAsync(
        IGrainFactory grains, List<FilingPair> plan, int count, int concurrency, string keyPrefix = "bench-")
    {
        var ids = new string[count];
        var progress = Math.Max(1, count / 10);
        var filed = 0;
        await Concurrently.ForEachAsync(Enumerable.Range(0, count).ToArray(), concurrency, async i =>
        {
            var (_, serviceId, client) = plan[i % plan.Count];
            var key = keyPrefix + i.ToString(Culture);
            var filing = new FileRequest(
                serviceId,
                client,
                "bench.requester",
                "Benchmark request " + i.ToString(Culture),
                new Dictionary<string, string> { ["details"] = "Filed by the requests-memory benchmark." },
                key);
            ids[i] = (await grains.GetRequestIntake(client, key).FileAsync(filing)).Id;
            if (Interlocked.Increment(ref filed) % progress == 0)
            {
                Console.WriteLine(string.Format(Culture, "    {0:N0} filed", filed));
            }
        });
        return ids;
    }

    private static void Print(string label, Snapshot now, Snapshot before, int requests, int activations)
    {
        Console.WriteLine(string.Format(Culture,
            "  {0,-32} working set {1,7:N0} MiB   managed heap (live) {2,7:N0} MiB   GC heap {3,7:N0} MiB   activations {4,9:N0}",
            label, Mib(now.WorkingSet), Mib(now.LiveManaged), Mib(now.GcHeap), activations));
        if (requests > 0)
        {
            Console.WriteLine(string.Format(Culture,
                "  {0,-32} per request: working set {1,7:N0} B   managed heap {2,7:N0} B",
                "", (now.WorkingSet - before.WorkingSet) / (double)requests, (now.LiveManaged - before.LiveManaged) / (double)requests));
        }
    }

    // A heap dump of this process by dotnet-dump (dotnet tool install -g dotnet-dump): every object, where
    // dotnet-gcdump's sampled report lost most of them on .NET 10. Read with `dotnet-dump analyze FILE -c "dumpheap -stat"`.
    private static async Task DumpAsync(string path)
    {
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-dump");
        using var process = Process.Start(new ProcessStartInfo(File.Exists(tool) ? tool : "dotnet-dump")
        {
            ArgumentList = { "collect", "-p", Environment.ProcessId.ToString(Culture), "--type", "Heap", "-o", path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        Console.WriteLine(string.Format(Culture, "  heap dump: {0} (dotnet-dump analyze {0} -c \"dumpheap -stat\")", path));
    }

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double Mib(long bytes) => bytes / (1024.0 * 1024);

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, Culture, out var value) && value > 0
            ? value
            : fallback;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The process's memory after a full, compacting collection.</summary>
    private readonly record struct Snapshot(long WorkingSet, long LiveManaged, long GcHeap)
    {
        public static Snapshot Take()
        {
            // Aggressive: compacts everything and gives the freed memory back to the OS, so the working set shows
            // what is live rather than what the GC kept committed for later.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return new Snapshot(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes);
        }
    }
}
