using Catalog.Catalogue;
using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>
/// Moving an open request onto other terms (a newer version of its agreement) or re-reading it in a changed calendar.
/// Neither rewrites history: thresholds already recorded (at risk, breached, met) stay, recorded under the terms in
/// force then; the new terms decide the thresholds not reached yet. A threshold the new terms put before the change is
/// recorded at the instant of the change: the request could not breach terms before they applied to it.
/// </summary>
public sealed partial class ServiceRequest
{
    /// <summary>
    /// Replaces the terms of every clock <paramref name="terms"/> names (clocks it does not name keep theirs), retargets
    /// those clocks, running or not (a stopped resolution clock restarts under the new terms on a reopen), and records
    /// the thresholds reached by <paramref name="now"/>.
    /// </summary>
    public RequestChange MigrateTerms(IReadOnlyList<ClockTerms> terms, RequestCalendars calendars, DateTimeOffset now)
    {
        Retarget(terms, calendars);
        return Retime(calendars, now);
    }

    /// <summary>
    /// Replaces the terms of every clock <paramref name="terms"/> names and retargets those clocks, recording nothing:
    /// what a preview reads (a breach the new terms imply shows at the instant the target was reached).
    /// </summary>
    public void Retarget(IReadOnlyList<ClockTerms> terms, RequestCalendars calendars)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(calendars);
        foreach (var term in terms.GroupBy(t => t.Kind).Select(g => g.First()))
        {
            var known = Terms.FindIndex(t => t.Kind == term.Kind);
            if (known >= 0)
            {
                Terms[known] = term;
            }
            else
            {
                Terms.Add(term);
                Terms.Sort((a, b) => a.Kind.CompareTo(b.Kind));
            }

            for (var i = 0; i < Clocks.Count; i++)
            {
                var clock = Clocks[i];
                if (clock.Terms.Kind != term.Kind)
                {
                    continue;
                }

                clock.Run.Target = term.TargetIn(calendars.For(term.Kind));
                Clocks[i] = new RequestClock(term, clock.Owner, clock.Run) { MetAt = clock.MetAt };
            }
        }
    }

    /// <summary>
    /// Records the thresholds the clocks reached by <paramref name="now"/> after a change of terms or calendar, none
    /// before <paramref name="now"/>; returns a change that moves no status and carries them.
    /// </summary>
    public RequestChange Retime(RequestCalendars calendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var crossings = new List<ClockCrossing>();
        foreach (var clock in Clocks.Where(c => !c.Run.Stopped))
        {
            var run = clock.Run;
            var (atRisk, breached) = run.RecordCrossings(calendars.For(clock.Terms.Kind), now);
            if (atRisk && run.AtRiskAt < now)
            {
                run.AtRiskAt = now;
            }

            if (breached && run.BreachedAt < now)
            {
                run.BreachedAt = now;
            }

            if (atRisk)
            {
                crossings.Add(new ClockCrossing(run.Kind, false, run.AtRiskAt!.Value, run.BreachedAt ?? run.Evaluate(calendars.For(run.Kind), now).DueAt ?? now, clock.Holder));
            }

            if (breached)
            {
                crossings.Add(new ClockCrossing(run.Kind, true, run.BreachedAt!.Value, run.BreachedAt.Value, clock.Holder));
            }
        }

        UpdatedAt = now;
        crossings.Sort((a, b) => a.At.CompareTo(b.At));
        return new RequestChange(RequestAction.Comment, Status, Status, crossings, [], PauseReason);
    }
}
