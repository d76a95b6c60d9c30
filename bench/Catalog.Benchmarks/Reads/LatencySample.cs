using System.Diagnostics;
using System.Globalization;

namespace Catalog.Benchmarks.Reads;

/// <summary>Latencies of one kind of read, in milliseconds, and their percentiles.</summary>
public sealed class LatencySample(string name)
{
    private readonly List<double> milliseconds = [];

    /// <summary>What was read.</summary>
    public string Name { get; } = name;

    /// <summary>Times <paramref name="read"/> <paramref name="count"/> times, one after the other, after <paramref name="warmUp"/> untimed ones.</summary>
    public static async Task<LatencySample> MeasureAsync(string name, int count, int warmUp, Func<int, Task> read)
    {
        var sample = new LatencySample(name);
        for (var i = 0; i < warmUp; i++)
        {
            await read(i);
        }

        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await read(i);
            sample.milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return sample;
    }

    /// <summary>The <paramref name="percent"/>th percentile (nearest rank).</summary>
    public double Percentile(double percent)
    {
        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>One printed line: p50, p99, max, and p99 as a multiple of <paramref name="baseline"/>'s.</summary>
    public string Line(LatencySample? baseline) => string.Format(CultureInfo.InvariantCulture,
        "  {0,-52} n {1,5}   p50 {2,7:N2} ms   p99 {3,7:N2} ms   max {4,7:N2} ms{5}",
        Name, milliseconds.Count, Percentile(50), Percentile(99), milliseconds.Max(),
        baseline is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, "   p99 {0,5:N1}x baseline", Percentile(99) / baseline.Percentile(99)));
}
