using System.Collections.Concurrent;
using System.Diagnostics;
using Catalog.Benchmarks.Requests;
using Catalog.Requests;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// Puts open requests in before the reads, as requests-memory does: filed through the request intake grains (the
/// silo's own rules and storage, no HTTP), spread evenly over the providers and, within each, over its services and
/// client departments, many at a time. Stops at the count or the time limit, whichever comes first.
/// </summary>
public static class OpenRequestsSeeder
{
    /// <summary>Files up to <c>options.Open</c> requests; returns their ids.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IGrainFactory grains, IReadOnlyList<FilingPair> workable, LoadOptions options, LoadReport report)
    {
        var providers = workable.GroupBy(p => p.Provider, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        var ids = new ConcurrentQueue<string>();
        var failures = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        var progress = Math.Max(1, options.Open / 10);
        var tag = F($"seed-{Guid.NewGuid():N}")[..13];
        await Concurrently.ForEachAsync(Enumerable.Range(0, options.Open).ToArray(), options.SeedConcurrency, async i =>
        {
            if (stopwatch.Elapsed > options.SeedLimit)
            {
                return;
            }

            var pairs = providers[i % providers.Length];
            var pair = pairs[i / providers.Length % pairs.Length];
            var key = F($"{tag}-{i}");
            try
            {
                var filed = await grains.GetRequestIntake(pair.Client, key).FileAsync(new FileRequest(
                    pair.ServiceId, pair.Client, pair.Client + ".requester", "open request " + key,
                    new Dictionary<string, string> { ["note"] = "seeded by the load benchmark" }, key));
                ids.Enqueue(filed.Id);
                if (ids.Count % progress == 0)
                {
                    report.Line(F($"    {ids.Count:N0} filed, {stopwatch.Elapsed.TotalSeconds:N0} s"));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Enqueue(ex.GetType().Name);
            }
        });
        stopwatch.Stop();
        report.Figure(F($"seeding {options.Open:N0} open requests through the grains"),
            F($"{ids.Count:N0} in {stopwatch.Elapsed.TotalSeconds:N1} s ({ids.Count / stopwatch.Elapsed.TotalSeconds:N0}/s, {options.SeedConcurrency} at a time)")
            + (failures.IsEmpty ? "" : F($"; {failures.Count} failed: {Catalog.Benchmarks.Faults.FaultFigures.Histogram(failures)}"))
            + (ids.Count < options.Open ? F($"; stopped at the {options.SeedLimit.TotalSeconds:N0} s limit") : ""),
            ids.Count > 0 ? F($"100,000 at this rate: {100_000 / (ids.Count / stopwatch.Elapsed.TotalSeconds):N0} s") : "");
        return [.. ids];
    }
}
