namespace Catalog.Domain.Sla;

/// <summary>
/// What a clock must stay within, already converted to business time of the calendar that
/// measures it (business days × <see cref="Calendars.BusinessCalendar.BusinessDay"/>), and the
/// share of it after which the clock is at risk.
/// </summary>
/// <remarks>
/// <c>default(ClockTarget)</c> is a zero target with a zero ratio: at risk and breached as soon as
/// the clock starts. Build targets with the constructor, which checks both values.
/// </remarks>
/// <param name="BusinessTime">The target; zero or more.</param>
/// <param name="WarningRatio">The share of the target after which the clock is at risk; strictly between 0 and 1.</param>
public readonly record struct ClockTarget(TimeSpan BusinessTime, double WarningRatio = ClockTarget.DefaultWarningRatio)
{
    /// <summary>At risk at 75 % of the target unless an agreement says otherwise.</summary>
    public const double DefaultWarningRatio = 0.75;

    /// <summary>The target; zero or more.</summary>
    public TimeSpan BusinessTime { get; } = BusinessTime >= TimeSpan.Zero
        ? BusinessTime
        : throw new ArgumentOutOfRangeException(nameof(BusinessTime), BusinessTime, "A clock target cannot be negative.");

    /// <summary>The share of the target after which the clock is at risk; strictly between 0 and 1.</summary>
    public double WarningRatio { get; } = WarningRatio is > 0 and < 1
        ? WarningRatio
        : throw new ArgumentOutOfRangeException(nameof(WarningRatio), WarningRatio, "The warning ratio must lie strictly between 0 and 1.");

    /// <summary>
    /// Business time after which the clock is at risk: <see cref="BusinessTime"/> × <see cref="WarningRatio"/>
    /// rounded to the nearest whole second (halves away from zero), never more than the target.
    /// Whole seconds keep ratios that binary floating point cannot hold exactly (0.8, 0.9) from
    /// producing odd ticks: 4 h × 0.8 is 3 h 12 min, not a tick off.
    /// </summary>
    public TimeSpan AtRiskAfter
    {
        get
        {
            var targetSeconds = BusinessTime.Ticks / (double)TimeSpan.TicksPerSecond;
            var seconds = Math.Round(targetSeconds * WarningRatio, MidpointRounding.AwayFromZero);
            return seconds >= targetSeconds
                ? BusinessTime
                : TimeSpan.FromTicks((long)seconds * TimeSpan.TicksPerSecond);
        }
    }
}
