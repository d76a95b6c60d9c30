using Catalog.Catalogue;
using System.Runtime.InteropServices;
using Catalog.Domain.Calendars;

namespace Catalog.Domain.Sla;

/// <summary>
/// One clock of a request as plain mutable data (the request grain copies it to and from its
/// serializable state), with the few operations that change it.
/// </summary>
/// <remarks>
/// States: not started (no spans), running (last span open), paused (last span closed, not
/// <see cref="Stopped"/>), stopped. <see cref="AtRiskAt"/> and <see cref="BreachedAt"/> are set once
/// by <see cref="RecordCrossings"/> and never changed after.
/// </remarks>
public sealed class SlaClockState
{
    /// <summary>Which clock this is.</summary>
    public ClockKind Kind { get; set; }

    /// <summary>The target resolved when the request was filed.</summary>
    public ClockTarget Target { get; set; }

    /// <summary>The stretches the clock ran, in order; only the last may be open.</summary>
    public List<ClockSpan> Spans { get; set; } = [];

    /// <summary>Whether the clock stopped for good (until a <see cref="ClockEffect.Start"/>).</summary>
    public bool Stopped { get; set; }

    /// <summary>The business-time instant the clock reached its warning threshold, once recorded.</summary>
    public DateTimeOffset? AtRiskAt { get; set; }

    /// <summary>The business-time instant the clock reached its target, once recorded (not when the breach was noticed).</summary>
    public DateTimeOffset? BreachedAt { get; set; }

    /// <summary>Whether the clock has run at all.</summary>
    public bool HasStarted => Spans.Count > 0;

    /// <summary>Whether the last span is open.</summary>
    public bool IsRunning => Spans.Count > 0 && Spans[^1].End is null;

    /// <summary>Whether the clock ran, is not running now and can resume.</summary>
    public bool IsPaused => HasStarted && !IsRunning && !Stopped;

    /// <summary>A clock running from <paramref name="now"/>, held by <paramref name="holderDepartment"/>.</summary>
    /// <param name="kind">Which clock.</param>
    /// <param name="target">Its target.</param>
    /// <param name="now">When it starts.</param>
    /// <param name="holderDepartment">Whose time it is.</param>
    public static SlaClockState Begin(ClockKind kind, ClockTarget target, DateTimeOffset now, string holderDepartment)
    {
        var clock = new SlaClockState { Kind = kind, Target = target };
        clock.Apply(ClockEffect.Start, now, holderDepartment);
        return clock;
    }

    /// <summary>
    /// Applies an effect at <paramref name="now"/> and tells whether anything changed. Start opens a
    /// span unless running (reviving a stopped clock); Pause closes the open span; Resume opens a
    /// span on a paused clock only; Stop closes the open span and marks the clock stopped. A span
    /// is never closed before its start, should <paramref name="now"/> step back.
    /// </summary>
    /// <param name="effect">What happens, usually from <see cref="ClockRules.Effect"/>.</param>
    /// <param name="now">When it happens.</param>
    /// <param name="holderDepartment">Who holds a span opened now; ignored otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">The effect is unknown.</exception>
    public bool Apply(ClockEffect effect, DateTimeOffset now, string holderDepartment)
    {
        switch (effect)
        {
            case ClockEffect.None:
                return false;
            case ClockEffect.Start when !IsRunning:
                Open(now, holderDepartment);
                Stopped = false;
                return true;
            case ClockEffect.Resume when IsPaused:
                Open(now, holderDepartment);
                return true;
            case ClockEffect.Pause when IsRunning:
                Close(now);
                return true;
            case ClockEffect.Stop when !Stopped:
                if (IsRunning)
                {
                    Close(now);
                }

                Stopped = true;
                return true;
            case ClockEffect.Start or ClockEffect.Resume or ClockEffect.Pause or ClockEffect.Stop:
                return false;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect, "Unknown clock effect.");
        }
    }

    /// <summary>
    /// Hands a running clock to another department (a transfer): closes the open span and opens
    /// one held by <paramref name="holderDepartment"/>. Does nothing when the clock is not running
    /// or already held by that department.
    /// </summary>
    /// <param name="now">When the transfer happens.</param>
    /// <param name="holderDepartment">The department that holds the clock from now on.</param>
    public bool TransferTo(DateTimeOffset now, string holderDepartment)
    {
        ArgumentNullException.ThrowIfNull(holderDepartment);
        if (!IsRunning || string.Equals(Spans[^1].HolderDepartment, holderDepartment, StringComparison.Ordinal))
        {
            return false;
        }

        Close(now);
        Open(now, holderDepartment);
        return true;
    }

    /// <summary>Evaluates the clock at <paramref name="now"/>; see <see cref="ClockReading.Evaluate"/>.</summary>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <param name="now">The instant of the reading.</param>
    public ClockReading Evaluate(BusinessCalendar calendar, DateTimeOffset now) =>
        ClockReading.Evaluate(CollectionsMarshal.AsSpan(Spans), Target, calendar, now);

    /// <summary>Elapsed business time per holder department; see <see cref="ClockReading.ElapsedByDepartment"/>.</summary>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <param name="now">The instant of the reading.</param>
    public IReadOnlyDictionary<string, TimeSpan> ElapsedByDepartment(BusinessCalendar calendar, DateTimeOffset now) =>
        ClockReading.ElapsedByDepartment(CollectionsMarshal.AsSpan(Spans), calendar, now);

    /// <summary>
    /// Records the thresholds the clock has reached by <paramref name="now"/> and not recorded yet,
    /// each at the business-time instant it was reached (a breach noticed on Tuesday after a
    /// restart is still recorded at Monday 12:00). Tells which ones it recorded now.
    /// </summary>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <param name="now">The instant of the check.</param>
    public (bool AtRisk, bool Breached) RecordCrossings(BusinessCalendar calendar, DateTimeOffset now)
    {
        var reading = Evaluate(calendar, now);
        var spans = CollectionsMarshal.AsSpan(Spans);
        var atRisk = AtRiskAt is null && reading.IsAtRisk;
        var breached = BreachedAt is null && reading.IsBreached;
        if (atRisk)
        {
            AtRiskAt = ClockReading.AtRiskInstant(spans, Target, calendar) ?? now;
        }

        if (breached)
        {
            BreachedAt = ClockReading.BreachInstant(spans, Target, calendar) ?? now;
        }

        return (atRisk, breached);
    }

    /// <summary>A deep copy: the spans list is copied.</summary>
    public SlaClockState Clone() => new()
    {
        Kind = Kind,
        Target = Target,
        Spans = [.. Spans],
        Stopped = Stopped,
        AtRiskAt = AtRiskAt,
        BreachedAt = BreachedAt,
    };

    private void Open(DateTimeOffset now, string holderDepartment)
    {
        ArgumentNullException.ThrowIfNull(holderDepartment);
        Spans.Add(new ClockSpan(now, null, holderDepartment));
    }

    private void Close(DateTimeOffset now)
    {
        var open = Spans[^1];
        Spans[^1] = open with { End = now < open.Start ? open.Start : now };
    }
}
