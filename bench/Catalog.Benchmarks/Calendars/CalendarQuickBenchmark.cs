using System.Diagnostics;
using System.Globalization;
using Catalog.Domain.Calendars;

namespace Catalog.Benchmarks.Calendars;

/// <summary>
/// <c>calendar-quick</c>: AddBusinessTime operations per second on one thread for each duration
/// of <see cref="BenchmarkCalendar.Durations"/>, without BenchmarkDotNet, in a few seconds. Checks
/// that the cost does not grow with the duration and that the 2,000,000 ops/s target is met.
/// </summary>
public static class CalendarQuickBenchmark
{
    private const double TargetOpsPerSecond = 2_000_000;
    private static readonly TimeSpan Warmup = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MeasureFor = TimeSpan.FromSeconds(1);

    /// <summary>Runs the measurements and prints them; returns 0 when the target is met, 1 otherwise.</summary>
    public static int Run()
    {
        var calendar = BenchmarkCalendar.Create();
        var starts = BenchmarkCalendar.Starts();
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine("AddBusinessTime, one thread: default calendar (08:30-12:00, 13:00-16:30, Mon-Fri), America/Toronto, 20 holidays a year;");
        Console.WriteLine("durations are business time (10 years of it reach about 48 calendar years ahead)");
        var results = new List<(string Label, double OpsPerSecond)>();
        var leastCpuShare = 1.0;
        foreach (var (label, duration) in BenchmarkCalendar.Durations)
        {
            Measure(calendar, starts, duration, Warmup);
            var (opsPerSecond, cpuShare) = Measure(calendar, starts, duration, MeasureFor);
            leastCpuShare = Math.Min(leastCpuShare, cpuShare);
            var reached = calendar.AddBusinessTime(starts[0], duration);
            results.Add((label, opsPerSecond));
            Console.WriteLine(string.Format(culture,
                "  {0,-9} {1,14:N0} ops/s  {2,7:N1} ns/op  {3,14:N0} ops per CPU-second  (from {4:yyyy-MM-dd} to {5:yyyy-MM-dd})",
                label, opsPerSecond, 1e9 / opsPerSecond, opsPerSecond / cpuShare, starts[0], reached));
        }

        var ratio = results[0].OpsPerSecond / results[^1].OpsPerSecond;
        Console.WriteLine(string.Format(culture, "  cost ratio 10 years / 1 hour: {0:N2} (time per call)", ratio));
        var slowest = results.Min(result => result.OpsPerSecond);
        var met = slowest >= TargetOpsPerSecond;
        Console.WriteLine(string.Format(culture, "  target >= {0:N0} ops/s: {1} (slowest {2:N0} ops/s)",
            TargetOpsPerSecond, met ? "met" : "NOT met", slowest));
        if (leastCpuShare < 0.9)
        {
            // Wall-clock rates only mean something when the thread had a core to itself.
            Console.WriteLine(string.Format(culture,
                "  warning: the process got as little as {0:P0} of a core; other load depressed the ops/s figures", leastCpuShare));
        }

        return met ? 0 : 1;
    }

    /// <summary>Calls per wall-clock second, and the share of one core the process got meanwhile.</summary>
    private static (double OpsPerSecond, double CpuShare) Measure(
        BusinessCalendar calendar, DateTimeOffset[] starts, TimeSpan duration, TimeSpan budget)
    {
        const int batch = 100_000;
        long calls = 0, checksum = 0;
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < budget)
        {
            for (var i = 0; i < batch; i++)
            {
                checksum += calendar.AddBusinessTime(starts[i & (starts.Length - 1)], duration).UtcTicks;
            }

            calls += batch;
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        // Using the checksum keeps the JIT from discarding the calls.
        GC.KeepAlive(checksum);
        return (calls / seconds, Math.Clamp(cpuSeconds / seconds, 0.01, 1.0));
    }
}
