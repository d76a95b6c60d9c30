using Catalog.Domain.Requests;
using Catalog.Domain.Scorecards;
using Catalog.Domain.Sla;

namespace Catalog.Domain.WhatIf;

/// <summary>
/// What a change of agreement or calendar would do to one request (pure). Two readings of the same stored clocks:
/// <see cref="Forecast"/>, the request as it runs (thresholds already recorded stay recorded: a breach under the terms
/// in force then is history), which is what a migration changes; and <see cref="Replay"/>, the request as if the terms
/// had applied from its filing (recorded thresholds ignored), which is what a quarter's compliance is recomputed from.
/// </summary>
public static class RequestProjection
{
    /// <summary>Each clock of <paramref name="request"/>, in order, as it stands at <paramref name="now"/>.</summary>
    public static List<ClockForecast> Forecast(ServiceRequest request, RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendars);
        var forecasts = new List<ClockForecast>(request.Clocks.Count);
        foreach (var clock in request.Clocks)
        {
            var run = clock.Run;
            var reading = run.Evaluate(calendars.For(clock.Terms.Kind), now);
            var standing = run.BreachedAt is not null || (!run.Stopped && reading.IsBreached) ? ClockStanding.Breached
                : clock.MetAt is not null ? ClockStanding.Met
                : run.Stopped ? ClockStanding.Stopped
                : !run.HasStarted ? ClockStanding.NotStarted
                : run.AtRiskAt is not null || reading.IsAtRisk ? ClockStanding.AtRisk
                : ClockStanding.OnTrack;
            var due = standing == ClockStanding.Breached
                ? run.BreachedAt ?? ClockReading.BreachInstant(run.Spans.ToArray(), run.Target, calendars.For(clock.Terms.Kind))
                : run.IsRunning ? reading.DueAt : null;
            forecasts.Add(new ClockForecast(clock.Terms.Kind, standing, due, run.Target.BusinessTime));
        }

        return forecasts;
    }

    /// <summary>
    /// Each clock of <paramref name="before"/> and <paramref name="after"/> (the same request, changed or read in
    /// another calendar) paired in order.
    /// </summary>
    public static List<ClockComparison> Compare(
        ServiceRequest before, RequestCalendars calendarsBefore, ServiceRequest after, RequestCalendars calendarsAfter, DateTimeOffset now)
    {
        var was = Forecast(before, calendarsBefore, now);
        var will = Forecast(after, calendarsAfter, now);
        return [.. was.Zip(will, (b, a) => new ClockComparison(b, a))];
    }

    /// <summary>
    /// How each clock would have ended had its terms and calendar been these from the start: breached when its
    /// business time reached the target; met when it stopped short of it by a resolution or answer (it was met, or
    /// breached by a step that would have met it); cancelled when the request was withdrawn first; running otherwise.
    /// </summary>
    public static List<(Catalog.Catalogue.ClockKind Kind, ClockOutcome Outcome)> Replay(
        ServiceRequest request, RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendars);
        var outcomes = new List<(Catalog.Catalogue.ClockKind, ClockOutcome)>(request.Clocks.Count);
        foreach (var clock in request.Clocks)
        {
            var run = clock.Run;
            var reading = run.Evaluate(calendars.For(clock.Terms.Kind), now);
            var outcome = !run.HasStarted ? ClockOutcome.NotStarted
                : reading.IsBreached ? ClockOutcome.Breached
                : !run.Stopped ? ClockOutcome.Running
                : clock.MetAt is not null || (run.BreachedAt is not null && request.Status != RequestStatus.Cancelled) ? ClockOutcome.Met
                : ClockOutcome.Cancelled;
            outcomes.Add((clock.Terms.Kind, outcome));
        }

        return outcomes;
    }
}
