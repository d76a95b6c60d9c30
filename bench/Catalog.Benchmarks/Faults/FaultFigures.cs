using System.Globalization;

namespace Catalog.Benchmarks.Faults;

/// <summary>Small statistics for the report: percentiles, histograms, durations in seconds.</summary>
public static class FaultFigures
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>The p-quantile (nearest rank) of <paramref name="samples"/>, NaN when there are none.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>"p50 0.12 s, p99 3.40 s, max 4.01 s (17)" or "none".</summary>
    public static string Spread(IReadOnlyCollection<double> seconds) => seconds.Count == 0
        ? "none"
        : string.Format(Culture, "p50 {0:N2} s, p99 {1:N2} s, max {2:N2} s ({3} samples)",
            Percentile(seconds, 0.5), Percentile(seconds, 0.99), seconds.Max(), seconds.Count);

    /// <summary>"503 ×12, 201 ×40" — most frequent first.</summary>
    public static string Histogram(IEnumerable<string> outcomes)
    {
        var counts = outcomes.CountBy(o => o).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => string.Format(Culture, "{0} ×{1}", c.Key, c.Value)));
    }

    /// <summary>Seconds from <paramref name="from"/> to <paramref name="to"/>, "n/a" when there is no end.</summary>
    public static string Seconds(DateTimeOffset from, DateTimeOffset? to) =>
        to is { } end ? string.Format(Culture, "{0:N2} s", (end - from).TotalSeconds) : "n/a";

    /// <summary>Invariant formatting for the report.</summary>
    public static string F(FormattableString text) => text.ToString(Culture);
}
