namespace Catalog.Domain.Forecasts;

/// <summary>
/// The mean squared gap between forecast probabilities and what happened (0 is perfect; always saying 0.5 scores
/// 0.25): how the breach forecast is judged against simpler rules on the same moments.
/// </summary>
public sealed class BrierScore
{
    private double sum;

    /// <summary>How many forecasts were scored.</summary>
    public int Count { get; private set; }

    /// <summary>The score so far; null before any forecast.</summary>
    public double? Value => Count == 0 ? null : sum / Count;

    /// <summary>Scores one forecast <paramref name="probability"/> against whether it <paramref name="happened"/>.</summary>
    public void Add(double probability, bool happened)
    {
        var gap = Math.Clamp(probability, 0, 1) - (happened ? 1 : 0);
        sum += gap * gap;
        Count++;
    }

    /// <summary>Adds the forecasts <paramref name="other"/> scored.</summary>
    public void Merge(BrierScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        sum += other.sum;
        Count += other.Count;
    }

    /// <summary>The "share of the target already used" rule: elapsed / target, capped at 1.</summary>
    public static double ShareOfTarget(double elapsedHours, double targetHours) =>
        targetHours <= 0 ? 1 : Math.Clamp(elapsedHours / targetHours, 0, 1);
}
