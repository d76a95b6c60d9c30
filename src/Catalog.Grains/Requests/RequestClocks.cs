using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Clock = Catalog.Grains.Requests.RequestState.Clock;
using Span = Catalog.Grains.Requests.RequestState.Span;

namespace Catalog.Grains.Requests;

/// <summary>
/// A request's stored clocks read as <see cref="ClockView"/>s, with the domain's SLA maths
/// (<see cref="SlaClockState"/>, <see cref="ClockReading"/>); what changes them is the request's rules'
/// (<see cref="ServiceRequest"/>).
/// </summary>
internal static class RequestClocks
{
    /// <summary>
    /// The clocks as of <paramref name="now"/>: each stored clock, and a not-started client-response clock while the
    /// request never waited on its client.
    /// </summary>
    public static ClockView[] Views(RequestState state, RequestCalendars calendars, DateTimeOffset now)
    {
        var views = state.Clocks.Select(c => View(c, calendars.For(c.Kind), now)).ToList();
        foreach (var policy in state.Policies.Where(p => !ClockRules.StartsAtFiling(p.Kind)))
        {
            if (!state.Clocks.Any(c => c.Kind == policy.Kind))
            {
                var calendar = calendars.For(policy.Kind);
                var target = TargetOf(policy.Target, policy.WarningRatio, calendar);
                var holder = ClockRules.IsHeldByClient(policy.Kind) ? state.ClientDepartmentId : state.ProviderDepartmentId;
                views.Add(new ClockView(
                    policy.Kind, ClockRunState.NotStarted, holder, policy.Target, target.BusinessTime, TimeSpan.Zero,
                    target.BusinessTime, null, null, false, false, null, new Dictionary<string, TimeSpan>(StringComparer.Ordinal)));
            }
        }

        return [.. views];
    }

    /// <summary>A target in business time of the calendar that measures it (business days × its business day).</summary>
    public static ClockTarget TargetOf(Target target, double warningRatio, Domain.Calendars.BusinessCalendar calendar) => new(
        target.Unit == TargetUnit.BusinessDays ? calendar.BusinessDay * target.Value : TimeSpan.FromHours(target.Value),
        warningRatio);

    private static ClockView View(Clock stored, Domain.Calendars.BusinessCalendar calendar, DateTimeOffset now)
    {
        var clock = ToDomain(stored, calendar);
        var reading = clock.Evaluate(calendar, now);
        var runState = clock.Stopped ? ClockRunState.Stopped
            : clock.IsRunning ? ClockRunState.Running
            : clock.HasStarted ? ClockRunState.Paused
            : ClockRunState.NotStarted;
        var breachedAt = stored.BreachedAt
            ?? (reading.IsBreached ? ClockReading.BreachInstant(stored.Spans.Select(ToDomain).ToArray(), clock.Target, calendar) : null);
        return new ClockView(
            stored.Kind,
            runState,
            Holder(stored),
            stored.Target,
            clock.Target.BusinessTime,
            reading.Elapsed,
            reading.Remaining,
            reading.DueAt,
            stored.AtRiskAt ?? reading.AtRiskAt,
            stored.AtRiskAt is not null || reading.IsAtRisk,
            breachedAt is not null,
            breachedAt,
            new Dictionary<string, TimeSpan>(clock.ElapsedByDepartment(calendar, now), StringComparer.Ordinal));
    }

    /// <summary>The department holding the clock now (its last span's), else the one it belongs to.</summary>
    private static string Holder(Clock stored) => stored.Spans.Length > 0 ? stored.Spans[^1].HolderDepartmentId : stored.HolderDepartmentId;

    private static SlaClockState ToDomain(Clock stored, Domain.Calendars.BusinessCalendar calendar) => new()
    {
        Kind = stored.Kind,
        Target = TargetOf(stored.Target, stored.WarningRatio, calendar),
        Spans = [.. stored.Spans.Select(ToDomain)],
        Stopped = stored.Stopped,
        AtRiskAt = stored.AtRiskAt,
        BreachedAt = stored.BreachedAt,
    };

    private static ClockSpan ToDomain(Span span) => new(span.Start, span.End, span.HolderDepartmentId);
}
