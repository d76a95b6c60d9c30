using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// The reference the real calendar is checked against: it walks UTC minute by minute and asks
/// <see cref="TimeZoneInfo"/> for the local time of each one, straight from the definition. Slow
/// and obviously right, so only for spans of a few weeks with minute-aligned schedules.
/// </summary>
internal sealed class NaiveCalendar(CalendarDefinition definition)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);
    private readonly HashSet<DateOnly> holidays = [.. definition.Holidays];
    private readonly HashSet<AnnualDate> recurring = [.. definition.RecurringHolidays];

    public bool IsBusinessTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        if (holidays.Contains(date) || recurring.Contains(new AnnualDate(date.Month, date.Day)))
        {
            return false;
        }

        var time = local.TimeOfDay.Ticks;
        foreach (var interval in definition.Schedule)
        {
            var end = interval.End == TimeOnly.MinValue ? TimeSpan.TicksPerDay : interval.End.Ticks;
            if (interval.Day == local.DayOfWeek && time >= interval.Start.Ticks && time < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps whole minutes from a minute-aligned start until <paramref name="duration"/> (whole minutes) were business time.</summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        var remaining = (long)(duration / Minute);
        var instant = start;
        while (remaining > 0)
        {
            if (IsBusinessTime(instant))
            {
                remaining--;
            }

            instant += Minute;
        }

        return instant;
    }

    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        long minutes = 0;
        for (var instant = from; instant < to; instant += Minute)
        {
            minutes += IsBusinessTime(instant) ? 1 : 0;
        }

        return minutes * Minute;
    }

    public DateTimeOffset NextBusinessInstant(DateTimeOffset instant)
    {
        while (!IsBusinessTime(instant))
        {
            instant += Minute;
        }

        return instant;
    }
}
