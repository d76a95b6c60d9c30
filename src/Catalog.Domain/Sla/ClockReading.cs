using Catalog.Domain.Calendars;

namespace Catalog.Domain.Sla;

/// <summary>
/// A clock evaluated at an instant: how much business time it has counted, how much is left, and
/// when it will be (or was) at risk and breached if it keeps running.
/// </summary>
/// <remarks>
/// <para>
/// Thresholds are inclusive: a clock is breached as soon as its elapsed business time
/// <em>equals</em> the target, so a clock due at 12:00 is breached at 12:00:00 exactly and not at
/// 11:59:59.9999999. <see cref="DueAt"/> is therefore the first instant at which
/// <see cref="IsBreached"/> holds, and a monitor that fires at <see cref="DueAt"/> finds it breached.
/// The same goes for <see cref="AtRiskAt"/> and <see cref="IsAtRisk"/>.
/// </para>
/// <para>
/// Spans are expected in order, without overlaps, and before <c>now</c>; only the last may be
/// open. Time after <c>now</c> does not count towards <see cref="Elapsed"/>. A clock that never
/// started by <c>now</c> (no spans, or the first one starts later) is neither at risk nor breached,
/// whatever its target: a zero target is breached at the instant the clock starts.
/// </para>
/// </remarks>
public readonly record struct ClockReading
{
    private ClockReading(ClockTarget target, TimeSpan elapsed, bool hasStarted, bool isRunning, DateTimeOffset? dueAt, DateTimeOffset? atRiskAt)
    {
        Target = target;
        Elapsed = elapsed;
        HasStarted = hasStarted;
        IsRunning = isRunning;
        DueAt = dueAt;
        AtRiskAt = atRiskAt;
    }

    /// <summary>The target the clock was evaluated against.</summary>
    public ClockTarget Target { get; }

    /// <summary>Business time counted so far: the sum over the spans of the business time between their start and their end (or now), cut at now.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Target minus elapsed; negative once breached.</summary>
    public TimeSpan Remaining => Target.BusinessTime - Elapsed;

    /// <summary>Whether the clock had started by the instant of the reading (its first span starts at or before it).</summary>
    public bool HasStarted { get; }

    /// <summary>Whether the last span is open.</summary>
    public bool IsRunning { get; }

    /// <summary>
    /// When running: the instant the elapsed time reaches the target if the clock keeps running
    /// (in the past when already breached: the instant it happened). Null when paused or stopped.
    /// </summary>
    public DateTimeOffset? DueAt { get; }

    /// <summary>
    /// When running: the instant the elapsed time reaches <see cref="ClockTarget.AtRiskAfter"/>,
    /// in the past when already at risk. Null when paused or stopped.
    /// </summary>
    public DateTimeOffset? AtRiskAt { get; }

    /// <summary>Whether the elapsed time has reached <see cref="ClockTarget.AtRiskAfter"/> (still true once breached).</summary>
    public bool IsAtRisk => HasStarted && Elapsed >= Target.AtRiskAfter;

    /// <summary>Whether the elapsed time has reached the target: breached at the due instant itself.</summary>
    public bool IsBreached => HasStarted && Elapsed >= Target.BusinessTime;

    /// <summary>Evaluates a clock at <paramref name="now"/>; allocates nothing.</summary>
    /// <param name="spans">The clock's spans, in order; only the last may be open.</param>
    /// <param name="target">The clock's target.</param>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <param name="now">The instant of the reading.</param>
    /// <exception cref="ArgumentException">A span ends before it starts, or a span other than the last is open.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the calendar's supported range.</exception>
    public static ClockReading Evaluate(ReadOnlySpan<ClockSpan> spans, ClockTarget target, BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Validate(spans);
        var elapsed = TimeSpan.Zero;
        var closed = TimeSpan.Zero;
        foreach (ref readonly var span in spans)
        {
            if (span.End is { } end)
            {
                var length = calendar.BusinessTimeBetween(span.Start, end);
                closed += length;
                elapsed += end <= now ? length : Counted(span, calendar, now);
            }
            else
            {
                elapsed += Counted(span, calendar, now);
            }
        }

        var running = spans.Length > 0 && spans[^1].End is null;
        return new ClockReading(
            target,
            elapsed,
            hasStarted: spans.Length > 0 && spans[0].Start <= now,
            running,
            running ? WhileRunning(spans, closed, target.BusinessTime, calendar) : null,
            running ? WhileRunning(spans, closed, target.AtRiskAfter, calendar) : null);
    }

    /// <summary>
    /// The instant the spans reached the target, counting an open last span as running on: the
    /// breach instant to record, whenever the breach is noticed (after a restart, on a stopped
    /// clock). Null when the spans, all closed, never reached it. Allocates nothing.
    /// </summary>
    /// <param name="spans">The clock's spans, in order; only the last may be open.</param>
    /// <param name="target">The clock's target.</param>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <exception cref="ArgumentException">A span ends before it starts, or a span other than the last is open.</exception>
    public static DateTimeOffset? BreachInstant(ReadOnlySpan<ClockSpan> spans, ClockTarget target, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Validate(spans);
        return InstantReaching(spans, target.BusinessTime, calendar);
    }

    /// <summary>
    /// The instant the spans reached <see cref="ClockTarget.AtRiskAfter"/>, counting an open last
    /// span as running on; null when the spans, all closed, never reached it. Allocates nothing.
    /// </summary>
    /// <param name="spans">The clock's spans, in order; only the last may be open.</param>
    /// <param name="target">The clock's target.</param>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <exception cref="ArgumentException">A span ends before it starts, or a span other than the last is open.</exception>
    public static DateTimeOffset? AtRiskInstant(ReadOnlySpan<ClockSpan> spans, ClockTarget target, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Validate(spans);
        return InstantReaching(spans, target.AtRiskAfter, calendar);
    }

    /// <summary>
    /// Elapsed business time per holder department (ordinal keys), cut at <paramref name="now"/> as
    /// <see cref="Elapsed"/> is: the values add up to it. Every holder of a span appears, even with zero.
    /// </summary>
    /// <param name="spans">The clock's spans, in order; only the last may be open.</param>
    /// <param name="calendar">The calendar of the department that measures the clock.</param>
    /// <param name="now">The instant of the reading.</param>
    /// <exception cref="ArgumentException">A span ends before it starts, a span other than the last is open, or a holder is null.</exception>
    public static IReadOnlyDictionary<string, TimeSpan> ElapsedByDepartment(ReadOnlySpan<ClockSpan> spans, BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Validate(spans);
        var result = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (ref readonly var span in spans)
        {
            if (span.HolderDepartment is null)
            {
                throw new ArgumentException("Every clock span needs a holder department.", nameof(spans));
            }

            result[span.HolderDepartment] = result.GetValueOrDefault(span.HolderDepartment) + Counted(span, calendar, now);
        }

        return result;
    }

    /// <summary>Business time of a span up to its end or <paramref name="now"/>, whichever comes first.</summary>
    private static TimeSpan Counted(in ClockSpan span, BusinessCalendar calendar, DateTimeOffset now)
    {
        var end = span.End is { } spanEnd && spanEnd < now ? spanEnd : now;
        return end > span.Start ? calendar.BusinessTimeBetween(span.Start, end) : TimeSpan.Zero;
    }

    /// <summary>The instant a running clock reaches <paramref name="threshold"/>: in the open span unless the closed ones already got there.</summary>
    private static DateTimeOffset? WhileRunning(ReadOnlySpan<ClockSpan> spans, TimeSpan closed, TimeSpan threshold, BusinessCalendar calendar) =>
        closed < threshold
            ? calendar.AddBusinessTime(spans[^1].Start, threshold - closed)
            : InstantReaching(spans, threshold, calendar);

    /// <summary>The earliest instant at which the spans have counted <paramref name="threshold"/>; an open span never ends.</summary>
    private static DateTimeOffset? InstantReaching(ReadOnlySpan<ClockSpan> spans, TimeSpan threshold, BusinessCalendar calendar)
    {
        var counted = TimeSpan.Zero;
        foreach (ref readonly var span in spans)
        {
            var left = threshold - counted;
            if (span.End is not { } end)
            {
                return calendar.AddBusinessTime(span.Start, left);
            }

            var length = calendar.BusinessTimeBetween(span.Start, end);
            if (left <= length)
            {
                return calendar.AddBusinessTime(span.Start, left);
            }

            counted += length;
        }

        return null;
    }

    private static void Validate(ReadOnlySpan<ClockSpan> spans)
    {
        for (var i = 0; i < spans.Length; i++)
        {
            if (spans[i].End is { } end)
            {
                if (end < spans[i].Start)
                {
                    throw new ArgumentException($"Clock span {i} ends ({end:O}) before it starts ({spans[i].Start:O}).", nameof(spans));
                }
            }
            else if (i != spans.Length - 1)
            {
                throw new ArgumentException($"Clock span {i} is open but is not the last span.", nameof(spans));
            }
        }
    }
}
