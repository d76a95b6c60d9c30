using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>Prints what a window cost per unit of work: storage round trips and their breakdown, CPU per process.</summary>
public static class CostPrinter
{
    /// <summary>
    /// Per <paramref name="units"/> (filings): storage requests, the breakdown by method and table, the operations
    /// inside batches, and CPU of each process; the background rate (<paramref name="idle"/>) is printed beside.
    /// </summary>
    public static void Print(LoadReport report, string what, ResourceUse use, double units, ResourceUse? idle, double rawAzuriteMs)
    {
        if (units <= 0)
        {
            report.Line("  nothing done: no cost to show");
            return;
        }

        if (use.Operations is { } operations)
        {
            var background = idle?.Operations is { } quiet ? quiet.Total / idle.Elapsed.TotalSeconds * use.Elapsed.TotalSeconds : 0;
            report.Figure("storage round trips per " + what, F($"{operations.Total / units:0.00} ({(operations.Total - background) / units:0.00} without the idle background of {background / use.Elapsed.TotalSeconds:0.0}/s)"),
                F($"a raw upsert: 1"));
            report.Line("    by request: " + StorageOperations.Breakdown(operations.Requests, units));
            if (operations.Batched.Count > 0)
            {
                report.Line("    inside batches: " + StorageOperations.Breakdown(operations.Batched, units));
            }
        }

        report.Figure("CPU per " + what, string.Join(", ", use.Cpu.Select(c => F($"{c.Name} {c.Cpu.TotalMilliseconds / units:0.00} ms"))),
            rawAzuriteMs > 0 ? F($"Azurite per raw upsert {rawAzuriteMs:0.00} ms") : "");
    }
}
