using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Clock = Catalog.Grains.Requests.RequestState.Clock;
using Span = Catalog.Grains.Requests.RequestState.Span;

namespace Catalog.Grains.Requests;

/// <summary>
/// A request's clocks between its stored state and the domain's SLA maths (<see cref="SlaClockState"/>,
/// <see cref="ClockRules"/>, <see cref="ClockReading"/>): starting them at filing, applying an action, recording the
/// thresholds crossed, and reading them as <see cref="ClockView"/>s and pending <see cref="SlaDeadline"/>s.
/// </summary>
internal static class RequestClocks
{
    private static readonly SlaClock[] Kinds = Enum.GetValues<SlaClock>();

    /// <summary>The clocks that start when the request is filed, held by the provider department.</summary>
    public static Clock[] AtFiling(IReadOnlyList<ClockPolicy> policies, string providerDepartmentId, DateTimeOffset now) =>
        policies
            .Where(p => ClockRules.StartsAtFiling((SlaClock)p.Kind))
            .GroupBy(p => p.Kind)
            .Select(g => g.First())
            .OrderBy(p => p.Kind)
            .Select(p => new Clock(
                p.Kind, p.Target, p.WarningRatio, providerDepartmentId, [new Span(now, null, providerDepartmentId)], false, null, null, null))
            .ToArray();

    /// <summary>
    /// Records, on every clock, the thresholds it has reached by <paramref name="now"/> and not recorded yet, each
    /// at the instant it was reached; at risk before breached. Returns what it recorded, oldest first.
    /// </summary>
    public static List<RequestClockCrossing> RecordCrossings(RequestState state, RequestCalendars calendars, DateTimeOffset now)
    {
        var crossings = new List<RequestClockCrossing>();
        for (var i = 0; i < state.Clocks.Length; i++)
        {
            var stored = state.Clocks[i];
            var calendar = calendars.For(stored.Kind);
            var clock = ToDomain(stored, calendar);
            var (atRisk, breached) = clock.RecordCrossings(calendar, now);
            if (!atRisk && !breached)
            {
                continue;
            }

            var dueAt = clock.BreachedAt ?? ClockReading.BreachInstant(clock.Spans.ToArray(), clock.Target, calendar);
            var holder = Holder(stored);
            if (atRisk)
            {
                crossings.Add(new RequestClockCrossing(stored.Kind, SlaDeadlineKind.AtRisk, clock.AtRiskAt!.Value, dueAt ?? clock.AtRiskAt.Value, holder));
            }

            if (breached)
            {
                crossings.Add(new RequestClockCrossing(stored.Kind, SlaDeadlineKind.Breach, clock.BreachedAt!.Value, clock.BreachedAt.Value, holder));
            }

            state.Clocks[i] = FromDomain(stored, clock);
        }

        crossings.Sort((a, b) => a.At.CompareTo(b.At));
        return crossings;
    }

    /// <summary>
    /// Applies what <paramref name="action"/> does to each clock (<see cref="ClockRules"/>): provider clocks stop,
    /// pause or resume; a wait on the client starts a fresh client-response clock. A clock that stops now within its
    /// target, other than by a cancel or close, is recorded as met; those are returned.
    /// </summary>
    public static List<ClockKind> Apply(
        RequestState state, RequestAction action, bool byProvider, RequestStatus before, RequestStatus after,
        RequestCalendars calendars, DateTimeOffset now)
    {
        var clocks = state.Clocks.ToList();
        var met = new List<ClockKind>();
        foreach (var kind in Kinds)
        {
            var effect = ClockRules.Effect(kind, action, byProvider, before, after);
            var holder = ClockRules.IsHeldByClient(kind) ? state.ClientDepartmentId : state.ProviderDepartmentId;
            var index = clocks.FindLastIndex(c => (SlaClock)c.Kind == kind);
            if (effect == ClockEffect.Start && ClockRules.StartsFresh(kind))
            {
                if (state.Policies.FirstOrDefault(p => (SlaClock)p.Kind == kind) is { } policy)
                {
                    clocks.Add(new Clock(policy.Kind, policy.Target, policy.WarningRatio, holder, [new Span(now, null, holder)], false, null, null, null));
                }

                continue;
            }

            if (index < 0 || effect == ClockEffect.None)
            {
                continue;
            }

            var stored = clocks[index];
            var calendar = calendars.For(stored.Kind);
            var clock = ToDomain(stored, calendar);
            var wasStopped = clock.Stopped;
            if (!clock.Apply(effect, now, holder))
            {
                continue;
            }

            var updated = FromDomain(stored, clock);
            if (!wasStopped && clock.Stopped && action is not (RequestAction.Cancel or RequestAction.Close)
                && updated.BreachedAt is null && updated.MetAt is null && !clock.Evaluate(calendar, now).IsBreached)
            {
                updated = updated with { MetAt = now };
                met.Add(updated.Kind);
            }

            clocks[index] = updated;
        }

        state.Clocks = [.. clocks];
        return met;
    }

    /// <summary>
    /// The clocks as of <paramref name="now"/>: each stored clock, and a not-started client-response clock while the
    /// request never waited on its client.
    /// </summary>
    public static ClockView[] Views(RequestState state, RequestCalendars calendars, DateTimeOffset now)
    {
        var views = state.Clocks.Select(c => View(c, calendars.For(c.Kind), now)).ToList();
        foreach (var policy in state.Policies.Where(p => !ClockRules.StartsAtFiling((SlaClock)p.Kind)))
        {
            if (!state.Clocks.Any(c => c.Kind == policy.Kind))
            {
                var calendar = calendars.For(policy.Kind);
                var target = TargetOf(policy.Target, policy.WarningRatio, calendar);
                var holder = ClockRules.IsHeldByClient((SlaClock)policy.Kind) ? state.ClientDepartmentId : state.ProviderDepartmentId;
                views.Add(new ClockView(
                    policy.Kind, ClockRunState.NotStarted, holder, policy.Target, target.BusinessTime, TimeSpan.Zero,
                    target.BusinessTime, null, null, false, false, null, new Dictionary<string, TimeSpan>(StringComparer.Ordinal)));
            }
        }

        return [.. views];
    }

    /// <summary>
    /// The deadlines still ahead of the running clocks: the warning threshold unless recorded, the target unless
    /// recorded. Paused and stopped clocks have none.
    /// </summary>
    public static SlaDeadline[] Pending(RequestState state, RequestCalendars calendars, DateTimeOffset now)
    {
        var deadlines = new List<SlaDeadline>();
        foreach (var stored in state.Clocks.Where(c => c.IsRunning && !c.Stopped))
        {
            var calendar = calendars.For(stored.Kind);
            var reading = ToDomain(stored, calendar).Evaluate(calendar, now);
            if (stored.AtRiskAt is null && reading.AtRiskAt is { } atRiskAt)
            {
                deadlines.Add(new SlaDeadline(stored.Kind, SlaDeadlineKind.AtRisk, atRiskAt));
            }

            if (stored.BreachedAt is null && reading.DueAt is { } dueAt)
            {
                deadlines.Add(new SlaDeadline(stored.Kind, SlaDeadlineKind.Breach, dueAt));
            }
        }

        return [.. deadlines.OrderBy(d => d.At)];
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
        Kind = (SlaClock)stored.Kind,
        Target = TargetOf(stored.Target, stored.WarningRatio, calendar),
        Spans = [.. stored.Spans.Select(ToDomain)],
        Stopped = stored.Stopped,
        AtRiskAt = stored.AtRiskAt,
        BreachedAt = stored.BreachedAt,
    };

    private static ClockSpan ToDomain(Span span) => new(span.Start, span.End, span.HolderDepartmentId);

    private static Clock FromDomain(Clock stored, SlaClockState clock) => stored with
    {
        Spans = [.. clock.Spans.Select(s => new Span(s.Start, s.End, s.HolderDepartment))],
        Stopped = clock.Stopped,
        AtRiskAt = clock.AtRiskAt,
        BreachedAt = clock.BreachedAt,
    };
}
