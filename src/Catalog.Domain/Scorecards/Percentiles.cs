namespace Catalog.Domain.Scorecards;

/// <summary>The order statistics the scorecards publish, defined once so the page, the CSV and the fixture agree.</summary>
public static class Percentiles
{
    /// <summary>The middle value of <paramref name="sorted"/>, or the mean of the two middle ones; null when empty.</summary>
    public static double? Median(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var n = sorted.Count;
        return n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The nearest-rank percentile: the ⌈p/100·n⌉-th smallest of <paramref name="sorted"/>; null when empty.</summary>
    public static double? NearestRank(IReadOnlyList<double> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent * sorted.Count / 100.0);
        return sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary><paramref name="part"/> of <paramref name="whole"/> as a percentage to one decimal; null when the whole is zero.</summary>
    public static double? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Hours to two decimals.</summary>
    public static double Hours(TimeSpan time) => Math.Round(time.TotalHours, 2, MidpointRounding.AwayFromZero);

    /// <summary>A value rounded to two decimals, null staying null.</summary>
    public static double? Round2(double? value) =>
        value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
