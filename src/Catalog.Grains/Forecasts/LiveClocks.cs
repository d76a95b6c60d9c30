using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Scorecards;
using Catalog.Requests;
using Catalog.Scorecards;

namespace Catalog.Grains.Forecasts;

/// <summary>
/// A request's clocks as the forecast reads facts, taken from its live summary (<see cref="RequestSummary.Clocks"/>,
/// read at <see cref="RequestSummary.AsOf"/>) when the stored facts the model learnt from do not have it yet: the
/// business time used so far is the target less what remains. Targets in business days count the provider's day.
/// </summary>
internal static class LiveClocks
{
    /// <summary>The clocks of <paramref name="summary"/> as facts; empty when the summary carries none.</summary>
    public static IReadOnlyList<ClockFact> Of(RequestSummary summary, BusinessCalendar provider)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(provider);
        var facts = new List<ClockFact>();
        foreach (var reading in summary.Clocks ?? [])
        {
            var target = reading.Target.Unit == TargetUnit.BusinessDays
                ? provider.BusinessDay * reading.Target.Value
                : TimeSpan.FromHours(reading.Target.Value);
            var elapsed = target - reading.Remaining;
            var outcome = reading.Breached ? ClockOutcome.Breached
                : reading.State switch
                {
                    ClockRunState.NotStarted => ClockOutcome.NotStarted,
                    ClockRunState.Stopped => ClockOutcome.Met,
                    _ => ClockOutcome.Running, // paused clocks run again when the client answers, as in the facts
                };
            facts.Add(new ClockFact(reading.Kind, target, elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed, outcome));
        }

        return facts;
    }
}
