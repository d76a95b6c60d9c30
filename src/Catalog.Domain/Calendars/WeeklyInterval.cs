namespace Catalog.Domain.Calendars;

/// <summary>
/// One opening interval of the weekly schedule, in the calendar's local wall-clock time:
/// business time runs from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) every
/// <see cref="Day"/>. An <see cref="End"/> of 00:00 means midnight at the end of the day (24:00),
/// because <see cref="TimeOnly"/> cannot hold 24:00; so 00:00–00:00 is the whole day. An interval
/// never crosses midnight: 22:00–02:00 is written as 22:00–00:00 on one day and 00:00–02:00 on the next.
/// </summary>
/// <param name="Day">Day of the week the interval belongs to.</param>
/// <param name="Start">Local time the interval opens.</param>
/// <param name="End">Local time the interval closes; 00:00 means 24:00.</param>
public readonly record struct WeeklyInterval(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>Ticks from midnight to <see cref="End"/>, 24 hours when <see cref="End"/> is 00:00.</summary>
    internal long EndTicks => End == TimeOnly.MinValue ? TimeSpan.TicksPerDay : End.Ticks;

    /// <summary>Wall-clock length of the interval (a DST change inside it makes the elapsed time differ).</summary>
    public TimeSpan Length => TimeSpan.FromTicks(EndTicks - Start.Ticks);

    /// <summary>The interval as <c>Monday 08:30–12:00</c>, as used in validation messages.</summary>
    public override string ToString() =>
        $"{Day} {Start:HH\\:mm}–{(End == TimeOnly.MinValue ? "24:00" : End.ToString("HH\\:mm"))}";
}
