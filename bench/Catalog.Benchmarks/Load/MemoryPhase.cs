using System.Diagnostics;
using Catalog.Benchmarks.Requests;
using Catalog.Requests;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The silo's memory with every open request active, as requests-memory measures it in process: each seeded request
/// is read through its grain (activating it from storage), then the silo process's resident set is read. No
/// collection is forced in the child process, so this is what the operating system sees.
/// </summary>
public static class MemoryPhase
{
    private const double Mib = 1024 * 1024;

    /// <summary>Activates every request of <paramref name="ids"/> and prints the silo's resident set before and after.</summary>
    public static async Task RunAsync(LoadPlatform platform, IReadOnlyList<string> ids, long residentBeforeSeeding, LoadOptions options, LoadReport report)
    {
        var silo = platform.Cluster.Silo(0)!.Id;
        var before = ProcessCpu.Resident(silo);
        var stopwatch = Stopwatch.StartNew();
        var failed = 0;
        await Concurrently.ForEachAsync(ids, options.SeedConcurrency, async id =>
        {
            try
            {
                await platform.Grains.GetRequest(id).GetAsync();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        var activations = await platform.Grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        var after = ProcessCpu.Resident(silo);
        report.Line(F($"  {ids.Count:N0} request grains read in {stopwatch.Elapsed.TotalSeconds:N1} s ({failed} failed); activations in the silo {activations:N0}"));
        report.Figure(F($"silo resident set, {ids.Count:N0} open requests active"),
            F($"{after / Mib:N0} MiB (before seeding {residentBeforeSeeding / Mib:N0} MiB, before activating {before / Mib:N0} MiB)"),
            ids.Count > 0 ? F($"{(after - residentBeforeSeeding) / (double)ids.Count / 1024:N1} KiB per request; 100,000 ≈ {(residentBeforeSeeding + (after - residentBeforeSeeding) / (double)ids.Count * 100_000) / Mib:N0} MiB") : "");
    }
}
