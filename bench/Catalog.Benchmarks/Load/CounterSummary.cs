using System.Globalization;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// What dotnet-counters wrote for one process over a window (its csv: one row per counter a second; rates are
/// "… / 1 sec"), summed: bytes allocated, GCs and their pauses, JIT time and methods compiled, exceptions by type,
/// CPU, the thread pool's longest queue; per unit of work when the window did some.
/// </summary>
public static class CounterSummary
{
    /// <summary>Prints the summary of <paramref name="csvPath"/> over <paramref name="units"/> filings.</summary>
    public static void Print(LoadReport report, string name, string csvPath, double units)
    {
        if (!File.Exists(csvPath))
        {
            report.Line($"  profile: {name}: no counters file");
            return;
        }

        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var maxima = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 5 || !double.TryParse(fields[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var counter = fields[2];
            sums[counter] = sums.GetValueOrDefault(counter) + value;
            maxima[counter] = Math.Max(maxima.GetValueOrDefault(counter), value);
        }

        double Sum(string prefix) => sums.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Value);
        var allocated = Sum("dotnet.gc.heap.total_allocated");
        var exceptions = sums.Where(s => s.Key.StartsWith("dotnet.exceptions", StringComparison.Ordinal))
            .Select(s => F($"{s.Key[(s.Key.IndexOf("error.type=", StringComparison.Ordinal) + 11)..].TrimEnd(']')} {s.Value:N0}"));
        report.Line(F($"  profile: {name}: allocated {allocated / 1048576:N1} MiB ({(units > 0 ? allocated / units / 1024 : 0):N1} KiB per filing); GCs gen0 {Sum("dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen0]"):N0}, gen1 {Sum("dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen1]"):N0}, gen2 {Sum("dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen2]"):N0}, paused {Sum("dotnet.gc.pause.time") * 1000:N0} ms"));
        report.Line(F($"    CPU {Sum("dotnet.process.cpu.time"):N1} s; JIT {Sum("dotnet.jit.compilation.time"):N1} s, {Sum("dotnet.jit.compiled_methods"):N0} methods compiled; lock contentions {Sum("dotnet.monitor.lock_contentions"):N0}; thread pool queue up to {maxima.GetValueOrDefault("dotnet.thread_pool.queue.length ({work_item})"):N0}, threads up to {maxima.GetValueOrDefault("dotnet.thread_pool.thread.count ({thread})"):N0}; exceptions: {(exceptions.Any() ? string.Join(", ", exceptions) : "none")}"));
    }
}
