namespace Catalog.Domain.Forecasts;

/// <summary>
/// A Kaplan–Meier survival curve: the share of clocks still running past a value, learnt from clocks that stopped
/// (events) and clocks still running (censored: they lasted at least that long). Counting the open ones keeps the
/// long requests in the picture: a curve from stopped clocks alone would promise too early under a growing backlog.
/// </summary>
public sealed class SurvivalCurve
{
    private readonly double[] times;
    private readonly double[] survival;
    private readonly int[] atRisk;

    private SurvivalCurve(double[] times, double[] survival, int[] atRisk, int count)
    {
        this.times = times;
        this.survival = survival;
        this.atRisk = atRisk;
        Count = count;
    }

    /// <summary>How many observations it was learnt from.</summary>
    public int Count { get; }

    /// <summary>Builds the curve from (value, stopped) observations; values below zero count as zero.</summary>
    public static SurvivalCurve From(IEnumerable<(double Value, bool Stopped)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        // Events before censorings at the same value (the usual convention: a censored one was still at risk then).
        var sorted = observations
            .Select(o => (Value: Math.Max(0, o.Value), o.Stopped))
            .OrderBy(o => o.Value).ThenByDescending(o => o.Stopped)
            .ToArray();
        var times = new List<double>();
        var curve = new List<double>();
        var risk = new List<int>();
        var s = 1.0;
        var remaining = sorted.Length;
        var i = 0;
        while (i < sorted.Length)
        {
            var value = sorted[i].Value;
            int events = 0, total = 0;
            while (i < sorted.Length && sorted[i].Value == value)
            {
                events += sorted[i].Stopped ? 1 : 0;
                total++;
                i++;
            }

            if (events > 0)
            {
                s *= 1 - (double)events / remaining;
                times.Add(value);
                curve.Add(s);
                risk.Add(remaining);
            }

            remaining -= total;
        }

        return new SurvivalCurve([.. times], [.. curve], [.. risk], sorted.Length);
    }

    /// <summary>The estimated share still running after <paramref name="value"/> (1 before the first event).</summary>
    public double Survival(double value)
    {
        var index = LastAtOrBefore(value);
        return index < 0 ? 1 : survival[index];
    }

    /// <summary>How many observations were still at risk just after <paramref name="value"/> (what the estimate there rests on).</summary>
    public int AtRiskAfter(double value)
    {
        var index = Array.BinarySearch(times, value);
        index = index >= 0 ? index + 1 : ~index;
        return index < atRisk.Length ? atRisk[index] : 0;
    }

    /// <summary>
    /// The smallest value by which a share <paramref name="p"/> had stopped; when the observations never got that
    /// far (too many still open), the largest event seen: a lower bound. Null without any event.
    /// </summary>
    public double? Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (times.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < times.Length; i++)
        {
            if (1 - survival[i] >= p - 1e-12)
            {
                return times[i];
            }
        }

        return times[^1];
    }

    /// <summary>
    /// The smallest value by which a share <paramref name="p"/> of those still running after <paramref name="after"/>
    /// had stopped (the quantile of the curve conditioned on surviving that long); same fallbacks as <see cref="Quantile"/>.
    /// </summary>
    public double? ConditionalQuantile(double p, double after)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (times.Length == 0)
        {
            return null;
        }

        var alive = Survival(after);
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] > after && survival[i] <= (1 - p) * alive + 1e-12)
            {
                return times[i];
            }
        }

        return Math.Max(times[^1], after);
    }

    private int LastAtOrBefore(double value)
    {
        var index = Array.BinarySearch(times, value);
        return index >= 0 ? index : ~index - 1;
    }
}
