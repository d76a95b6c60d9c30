namespace Catalog.Domain.Surveys;

/// <summary>
/// The survey-fatigue rule: a person gets at most one survey per <c>minimumInterval</c> (a week by default). A
/// request resolved less than the interval after the person's last offered survey gets none; one resolved exactly
/// the interval later, or later still, gets one. Surveys skipped by this rule do not restart the interval: only
/// offered ones count. A resolve dated before the last offer (clocks of two silos, a replay) is within the interval.
/// </summary>
public static class SurveyFatigue
{
    /// <summary>The default interval: seven days.</summary>
    public static readonly TimeSpan DefaultMinimumInterval = TimeSpan.FromDays(7);

    /// <summary>The longest interval a deployment may set: a year.</summary>
    public static readonly TimeSpan MaximumInterval = TimeSpan.FromDays(366);

    /// <summary>Decides whether a request resolved at <paramref name="resolvedAt"/> gets a survey.</summary>
    /// <param name="lastOfferedAt">When the person's last survey was offered, or null when never.</param>
    /// <param name="resolvedAt">When the request was resolved.</param>
    /// <param name="minimumInterval">The least time between two offers to one person; zero turns the rule off.</param>
    public static FatigueDecision Decide(DateTimeOffset? lastOfferedAt, DateTimeOffset resolvedAt, TimeSpan minimumInterval)
    {
        if (minimumInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumInterval), minimumInterval, "The interval cannot be negative.");
        }

        if (lastOfferedAt is not { } last || minimumInterval == TimeSpan.Zero)
        {
            return new FatigueDecision(true, lastOfferedAt, null);
        }

        var next = last + minimumInterval;
        return new FatigueDecision(resolvedAt >= next, last, resolvedAt >= next ? null : next);
    }
}
