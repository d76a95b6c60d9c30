using Azure.Data.Tables;
using Azure;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>The raw loops, and Azurite's CPU per upsert in the loop whose cost is counted.</summary>
public sealed record RawCeiling(IReadOnlyList<LoopResult> Loops, double AzuriteMsPerUpsert)
{
    /// <summary>No raw phase: ratios print as n/a.</summary>
    public static RawCeiling None { get; } = new([], 0);
}

/// <summary>
/// The ceiling: single-entity upserts (replace) with Azure.Data.Tables straight to the same Azurite, each entity about
/// the size of a queue row, in closed loops at each concurrency; each worker writes its own partition.
/// </summary>
public static class RawUpsertPhase
{
    private static readonly string Filler = new('x', 400);

    /// <summary>
    /// Measures the ceiling straight to Azurite at every concurrency and prints it, with Azurite's CPU per upsert and
    /// the same loop through the counting proxy (what the proxy costs the platform).
    /// </summary>
    public static async Task<RawCeiling> MeasureAsync(LoadPlatform platform, LoadOptions options, LoadReport report)
    {
        report.Phase("raw ceiling: single-entity upserts, Azure.Data.Tables straight to Azurite");
        var raw = await RunAsync(platform.Cluster.AzuriteConnectionString, "BenchRaw", options.Concurrencies, options.RawSeconds, platform.Meter);
        foreach (var loop in raw)
        {
            report.Figure(F($"raw upserts c={loop.Concurrency}"), F($"{loop.PerSecond:N0}/s, {loop.Latencies}"), "1.00 of raw");
        }

        var counted = raw.FirstOrDefault(r => r.Concurrency == options.CountAt) ?? raw[^1];
        var azuriteMs = counted.Use.Cpu.FirstOrDefault(c => c.Name == "azurite").Cpu.TotalMilliseconds / (counted.PerSecond * options.RawSeconds);
        report.Line(F($"  Azurite CPU per raw upsert at c={counted.Concurrency}: {azuriteMs:0.00} ms"));
        if (platform.Proxy is not null)
        {
            var proxied = (await RunAsync(platform.Cluster.PlatformConnectionString, "BenchRawProxied", [counted.Concurrency], options.RawSeconds, platform.Meter))[0];
            report.Line(F($"  the same through the counting proxy at c={proxied.Concurrency}: {proxied.PerSecond:N0}/s, {proxied.Latencies} ({OfRaw(proxied.PerSecond, counted.PerSecond)}): what the proxy costs the platform"));
        }

        return new RawCeiling(raw, azuriteMs);
    }

    /// <summary>Runs the loops on table <paramref name="tableName"/> of <paramref name="connectionString"/>.</summary>
    public static async Task<IReadOnlyList<LoopResult>> RunAsync(
        string connectionString, string tableName, IEnumerable<int> concurrencies, int seconds, ResourceMeter meter)
    {
        var table = new TableClient(connectionString, tableName);
        await table.CreateIfNotExistsAsync();
        var results = new List<LoopResult>();
        foreach (var concurrency in concurrencies)
        {
            results.Add(await ClosedLoop.RunAsync(concurrency, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(seconds), meter, (worker, n) =>
                UpsertAsync(table, worker, n)));
        }

        return results;
    }

    private static async Task<CallOutcome> UpsertAsync(TableClient table, int worker, int n)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var entity = new TableEntity("w" + worker.ToString(System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"))
        {
            ["Title"] = "raw upsert " + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = n % 5,
            ["DueAt"] = DateTimeOffset.UtcNow.AddHours(4),
            ["Data"] = Filler,
        };
        try
        {
            using var response = await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
            return new CallOutcome(true, "204", Latencies.Since(started));
        }
        catch (RequestFailedException ex)
        {
            return new CallOutcome(false, ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), Latencies.Since(started));
        }
    }
}
