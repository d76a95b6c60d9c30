using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The reads with the open requests in: each kind of read (<see cref="ReadKind.All"/>) timed one at a time, round the
/// departments, after one untimed read of each department (warm caches, as a page that is in use has); a kind stops
/// early after <see cref="Limit"/>, so slow reads cannot hold up the run.
/// </summary>
public static class ReadsPhase
{
    /// <summary>How long one kind of read is timed at most.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Times the reads and prints p50/p99 per kind.</summary>
    public static async Task RunAsync(LoadSession session, LoadOptions options, int open, LoopResult? raw, LoadReport report)
    {
        var rawP50 = raw?.Latencies.P(0.5) ?? 0;
        foreach (var kind in ReadKind.All)
        {
            foreach (var department in session.Departments)
            {
                await kind.Read(session, department, options.Page);
            }

            var latencies = new Latencies();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < options.ReadSamples && stopwatch.Elapsed < Limit; i++)
            {
                latencies.Add(await kind.Read(session, session.Departments[i % session.Departments.Count], options.Page));
            }

            report.Figure(F($"read with {open:N0} open: {kind.Name}"), latencies.ToString(), F($"p50 {TimesRaw(latencies.P(0.5), rawP50)} at c=1"));
        }
    }
}
