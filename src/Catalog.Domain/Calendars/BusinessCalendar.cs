namespace Catalog.Domain.Calendars;

/// <summary>
/// A provider department's business hours: a weekly schedule of local wall-clock intervals,
/// whole-day holidays (dated and recurring) and a time zone. Answers "when is this SLA due" and
/// "how much business time has elapsed" in time that does not grow with the span asked about.
/// </summary>
/// <remarks>
/// <para>
/// Business time is elapsed (physical) time during which the local wall clock is inside an
/// interval of a non-holiday day. On a DST change inside an interval the skipped local hour is not
/// business time and a repeated local hour counts twice, exactly as a stopwatch would; a start or
/// end that falls in a skipped or repeated local time is simply never or twice reached, nothing throws.
/// </para>
/// <para>
/// How it stays O(log n): local wall-clock business time since 0001-01-01 is arithmetic (whole
/// weeks times the weekly total, minus holidays looked up in prefix-summed sorted arrays), and the
/// time zone is a precomputed list of constant-offset segments, each carrying the correction its
/// DST change makes to that count. Adding a duration inverts the count: find the segment by binary
/// search, then the day by the weekly arithmetic, re-run while holidays push it later (a few
/// rounds, with a galloping search as a fallback for long runs of holidays), then the time of day.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; the query methods allocate nothing. Instants must lie
/// between <see cref="MinSupported"/> and <see cref="MaxSupported"/>. Construction is the costly
/// part: the first calendar in a time zone tabulates that zone's offsets (tens of milliseconds,
/// once per process), so build a calendar once per definition and share it.
/// </para>
/// </remarks>
public sealed class BusinessCalendar
{
    private const int FixedPointRounds = 8;
    private static readonly long MaxDayNumber = DateTime.MaxValue.Ticks / TimeSpan.TicksPerDay;

    private readonly WeeklySchedule schedule;
    private readonly HolidaySet holidays;
    private readonly ZoneTimeline timeline;
    private readonly CalendarDefinition definition;
    // Per time-zone segment k: the business time the DST changes before it add to the wall-clock
    // count, and the business clock reading at the segment's first instant (long.MinValue for k = 0
    // so a lower-bound search always lands on a segment).
    private readonly long[] segmentCorrection;
    private readonly long[] segmentStartReading;

    /// <summary>Builds a calendar, or throws <see cref="ArgumentException"/> listing every problem with the rules.</summary>
    /// <param name="timeZone">Zone of the department; IANA ids such as America/Toronto work on every OS.</param>
    /// <param name="schedule">Weekly intervals in local wall-clock time; see <see cref="WeeklyInterval"/>.</param>
    /// <param name="holidays">Dated whole local days off.</param>
    /// <param name="recurringHolidays">Month/day whole local days off every year.</param>
    public BusinessCalendar(
        TimeZoneInfo timeZone,
        IEnumerable<WeeklyInterval> schedule,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<AnnualDate>? recurringHolidays = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(schedule);
        WeeklyInterval[] intervals = [.. schedule];
        DateOnly[] dated = [.. (holidays ?? []).Distinct().Order()];
        AnnualDate[] recurring = [.. (recurringHolidays ?? []).Distinct().OrderBy(d => d.Month).ThenBy(d => d.Day)];
        var errors = new List<string>();
        CalendarDefinitionValidator.AddRuleErrors(intervals, dated, recurring, errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid business calendar: " + string.Join(" ", errors), nameof(schedule));
        }

        Array.Sort(intervals, (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Start.CompareTo(b.Start));
        definition = new CalendarDefinition(timeZone.Id, Array.AsReadOnly(intervals), Array.AsReadOnly(dated), Array.AsReadOnly(recurring));
        TimeZone = timeZone;
        this.schedule = new WeeklySchedule(intervals);
        this.holidays = new HolidaySet(this.schedule, dated, recurring);
        timeline = ZoneTimeline.For(timeZone);
        WeeklyBusinessTime = TimeSpan.FromTicks(this.schedule.WeeklyTicks);
        BusinessDay = TimeSpan.FromTicks(this.schedule.WeeklyTicks / this.schedule.WorkingDays);

        var segments = timeline.Starts.Length;
        segmentCorrection = new long[segments];
        segmentStartReading = new long[segments];
        segmentStartReading[0] = long.MinValue;
        for (var k = 1; k < segments; k++)
        {
            // Telescoping the wall-clock count across the change at T: a jump forward skips the
            // business time between the two local readings of T, a jump back repeats it.
            var change = timeline.Starts[k];
            var wallBefore = WallClockReading(change + timeline.Offsets[k - 1]);
            var wallAfter = WallClockReading(change + timeline.Offsets[k]);
            segmentCorrection[k] = segmentCorrection[k - 1] + wallBefore - wallAfter;
            segmentStartReading[k] = wallAfter + segmentCorrection[k];
        }
    }

    /// <summary>First instant the calendar accepts: 1900-01-01T00:00Z.</summary>
    public static DateTimeOffset MinSupported { get; } = new(ZoneTimeline.WindowStart, TimeSpan.Zero);

    /// <summary>First instant past what the calendar accepts or returns: 2200-01-01T00:00Z.</summary>
    public static DateTimeOffset MaxSupported { get; } = new(ZoneTimeline.WindowEnd, TimeSpan.Zero);

    /// <summary>The department's time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Wall-clock business time in one week without holidays (35 hours for the default schedule).</summary>
    public TimeSpan WeeklyBusinessTime { get; }

    /// <summary>
    /// Length of one business day, used by <see cref="AddBusinessDays"/>: the weekly business time
    /// divided by the number of weekdays that have intervals (7 hours for the default schedule).
    /// </summary>
    public TimeSpan BusinessDay { get; }

    /// <summary>The calendar with the default schedule (08:30–12:00, 13:00–16:30, Monday to Friday).</summary>
    /// <param name="timeZone">Zone of the department.</param>
    /// <param name="holidays">Dated whole local days off.</param>
    /// <param name="recurringHolidays">Month/day whole local days off every year.</param>
    public static BusinessCalendar Default(
        TimeZoneInfo timeZone,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<AnnualDate>? recurringHolidays = null) =>
        new(timeZone, CalendarDefinition.DefaultSchedule, holidays, recurringHolidays);

    /// <summary>
    /// Builds the calendar a stored definition describes; throws <see cref="ArgumentException"/>
    /// with the messages of <see cref="CalendarDefinitionValidator.Validate"/> when it is invalid.
    /// </summary>
    /// <param name="definition">The stored definition.</param>
    public static BusinessCalendar FromDefinition(CalendarDefinition definition)
    {
        var errors = CalendarDefinitionValidator.Validate(definition);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid business calendar: " + string.Join(" ", errors), nameof(definition));
        }

        return new BusinessCalendar(
            TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId),
            definition.Schedule,
            definition.Holidays,
            definition.RecurringHolidays);
    }

    /// <summary>The definition to store for this calendar: intervals sorted, holidays sorted and de-duplicated.</summary>
    public CalendarDefinition ToDefinition() => definition;

    /// <summary>
    /// The instant at which <paramref name="duration"/> of business time has elapsed since
    /// <paramref name="start"/>, expressed in the calendar's local offset. A start outside business
    /// hours counts from the next opening. A total reached exactly at an interval's end is due at
    /// that end, not at the next opening (default calendar: Friday 16:00 + 4 h is Monday 12:00).
    /// A zero duration returns <paramref name="start"/> unchanged, even outside business hours.
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="duration">Business time to add; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="duration"/> is negative, or the start or the result lies outside the supported range.
    /// </exception>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var utc = CheckSupported(start, nameof(start));
        if (duration == TimeSpan.Zero)
        {
            return start;
        }

        // Business time never exceeds elapsed time, so anything longer ends past the window
        // (and checking here keeps the sum below from overflowing).
        if (duration.Ticks >= ZoneTimeline.WindowEnd - utc)
        {
            throw PastSupportedRange(nameof(duration));
        }

        var reading = ReadingAt(utc, out var segment, out var wall);
        return ReachReading(reading + duration.Ticks, segment, wall);
    }

    /// <summary>
    /// <see cref="AddBusinessTime"/> for targets stated in business days: <paramref name="days"/>
    /// times <see cref="BusinessDay"/>. So 1 business day from Monday 10:00 on the default
    /// calendar is Tuesday 10:00, and from Monday 08:30 it is Monday 16:30.
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="days">Business days to add; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is negative, or the start or the result lies outside the supported range.
    /// </exception>
    public DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days > (ZoneTimeline.WindowEnd - ZoneTimeline.WindowStart) / BusinessDay.Ticks)
        {
            throw PastSupportedRange(nameof(days));
        }

        return AddBusinessTime(start, TimeSpan.FromTicks(days * BusinessDay.Ticks));
    }

    /// <summary>
    /// Business time in [<paramref name="from"/>, <paramref name="to"/>). When <paramref name="to"/>
    /// is before <paramref name="from"/> the result is the negated business time of
    /// [<paramref name="to"/>, <paramref name="from"/>), so spans can be subtracted freely.
    /// </summary>
    /// <param name="from">Start of the span (inclusive).</param>
    /// <param name="to">End of the span (exclusive).</param>
    /// <exception cref="ArgumentOutOfRangeException">An instant lies outside the supported range.</exception>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var fromReading = ReadingAt(CheckSupported(from, nameof(from)), out _, out _);
        var toReading = ReadingAt(CheckSupported(to, nameof(to)), out _, out _);
        return TimeSpan.FromTicks(toReading - fromReading);
    }

    /// <summary>Whether business time is running at <paramref name="instant"/> (interval starts included, ends excluded).</summary>
    /// <param name="instant">The instant to test.</param>
    /// <exception cref="ArgumentOutOfRangeException">The instant lies outside the supported range.</exception>
    public bool IsBusinessTime(DateTimeOffset instant)
    {
        var utc = CheckSupported(instant, nameof(instant));
        var wall = utc + timeline.Offsets[timeline.SegmentOf(utc)];
        var day = wall / TimeSpan.TicksPerDay;
        return !holidays.Contains(day)
            && schedule.IsOpen(WeeklySchedule.IndexOfDay(day), wall - day * TimeSpan.TicksPerDay);
    }

    /// <summary>
    /// <paramref name="instant"/> itself when it is business time, otherwise the next opening,
    /// expressed in the calendar's local offset: when a scheduler should next look at a clock.
    /// </summary>
    /// <param name="instant">The instant to start from.</param>
    /// <exception cref="ArgumentOutOfRangeException">The instant or the next opening lies outside the supported range.</exception>
    public DateTimeOffset NextBusinessInstant(DateTimeOffset instant)
    {
        if (IsBusinessTime(instant))
        {
            return instant;
        }

        // The reading rises one tick per tick of business time, so the first instant at which it
        // exceeds the current reading by one tick is one tick after the opening.
        var reading = ReadingAt(instant.UtcTicks, out var segment, out var wall);
        return ReachReading(reading + 1, segment, wall).AddTicks(-1);
    }

    /// <summary>The business clock at a UTC instant: business ticks since a fixed origin.</summary>
    private long ReadingAt(long utc, out int segment, out long wall)
    {
        segment = timeline.SegmentOf(utc);
        wall = utc + timeline.Offsets[segment];
        return WallClockReading(wall) + segmentCorrection[segment];
    }

    /// <summary>Business ticks from 0001-01-01 to a local wall-clock instant, as if the offset never changed.</summary>
    private long WallClockReading(long wall)
    {
        var day = wall / TimeSpan.TicksPerDay;
        var reading = schedule.ElapsedBefore(day) - holidays.WeightBefore(day, out var isHoliday);
        return isHoliday
            ? reading
            : reading + schedule.ElapsedWithinDay(WeeklySchedule.IndexOfDay(day), wall - day * TimeSpan.TicksPerDay);
    }

    /// <summary>
    /// The earliest instant at which the business clock shows <paramref name="target"/>, which is
    /// above the reading at the start (in <paramref name="fromSegment"/>, local <paramref name="fromWall"/>).
    /// </summary>
    private DateTimeOffset ReachReading(long target, int fromSegment, long fromWall)
    {
        // The last segment starting below the target holds the answer; readings never decrease,
        // so it is at or after the start's own segment.
        var segment = SortedArrays.LowerBound(segmentStartReading, target) - 1;
        var hintWall = segment == fromSegment ? fromWall : timeline.Starts[segment] + timeline.Offsets[segment];
        var wall = WallClockReaching(target - segmentCorrection[segment], hintWall / TimeSpan.TicksPerDay);
        var utc = wall - timeline.Offsets[segment];
        if (segment + 1 < timeline.Starts.Length && utc >= timeline.Starts[segment + 1])
        {
            // Due exactly at the next offset change: show it with the offset in force from then.
            segment++;
        }

        if (utc >= ZoneTimeline.WindowEnd)
        {
            throw PastSupportedRange("duration");
        }

        var offset = timeline.Offsets[segment];
        return new DateTimeOffset(utc + offset, TimeSpan.FromTicks(offset));
    }

    /// <summary>
    /// The earliest local wall-clock instant whose <see cref="WallClockReading"/> reaches
    /// <paramref name="target"/>, searching from <paramref name="fromDay"/>, whose midnight reading is below it.
    /// </summary>
    private long WallClockReaching(long target, long fromDay)
    {
        // Find the day by fixed point: the weekly arithmetic gives the day the target would fall
        // on if no later holiday intervened; each round adds the holidays that day has passed. The
        // day only moves forward and never past the answer, so it stops on it, usually in 1–3 rounds.
        var day = fromDay;
        long holidaysThrough;
        for (var round = 0; ; round++)
        {
            holidaysThrough = holidays.WeightBefore(day + 1, out _);
            if (schedule.ElapsedBefore(day + 1) - holidaysThrough >= target)
            {
                break;
            }

            if (round == FixedPointRounds)
            {
                // A long run of holidays advances the fixed point slowly: gallop instead.
                day = SearchDay(target, day);
                holidaysThrough = holidays.WeightBefore(day + 1, out _);
                break;
            }

            day = schedule.FirstDayReaching(target + holidaysThrough);
            if (day > MaxDayNumber)
            {
                throw PastSupportedRange("duration");
            }
        }

        // The day found has business time, so it is not a holiday and the holidays through it
        // are the holidays before it.
        var readingAtMidnight = schedule.ElapsedBefore(day) - holidaysThrough;
        return day * TimeSpan.TicksPerDay
            + schedule.TimeOfDayReaching(WeeklySchedule.IndexOfDay(day), target - readingAtMidnight);
    }

    /// <summary>The first day, not before <paramref name="low"/>, by whose end the wall-clock reading reaches <paramref name="target"/>.</summary>
    private long SearchDay(long target, long low)
    {
        long high = low, step = 1;
        while (ReadingAtMidnight(high + 1) < target)
        {
            low = high + 1;
            high = low + step;
            step <<= 1;
            if (high > MaxDayNumber)
            {
                throw PastSupportedRange("duration");
            }
        }

        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (ReadingAtMidnight(middle + 1) >= target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private long ReadingAtMidnight(long day) => schedule.ElapsedBefore(day) - holidays.WeightBefore(day, out _);

    private static long CheckSupported(DateTimeOffset instant, string parameter)
    {
        var utc = instant.UtcTicks;
        if (utc < ZoneTimeline.WindowStart || utc >= ZoneTimeline.WindowEnd)
        {
            throw new ArgumentOutOfRangeException(parameter, instant, "Business calendars support instants from 1900-01-01 to 2200-01-01 UTC.");
        }

        return utc;
    }

    private static ArgumentOutOfRangeException PastSupportedRange(string parameter) =>
        new(parameter, "The result would lie past 2200-01-01 UTC, the end of the range business calendars support.");
}
