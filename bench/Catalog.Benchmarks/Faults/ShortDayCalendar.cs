using System.Globalization;
using System.Text.Json;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// A business calendar whose business day lasts <see cref="BusinessDay"/> (seconds), so a clock of "1 business day"
/// is due that many seconds after filing, in real time and at clock speed 1. A business day is the week's business
/// time over the number of weekdays with hours: today is open from <see cref="Opens"/> to <see cref="Closes"/>
/// (7 × day − 6 s) and each of the six other weekdays for one second at midnight. Time zone: the Etc/GMT zone in
/// which it is about noon now, so today's hours never cross midnight.
/// </summary>
public sealed record ShortDayCalendar(string TimeZoneId, TimeSpan Offset, DateTimeOffset Opens, DateTimeOffset Closes, TimeSpan BusinessDay)
{
    /// <summary>A calendar opening <paramref name="openedAgo"/> before <paramref name="now"/> with a business day of <paramref name="businessDay"/>.</summary>
    public static ShortDayCalendar Around(DateTimeOffset now, TimeSpan businessDay, TimeSpan openedAgo)
    {
        if (businessDay < TimeSpan.FromSeconds(2) || businessDay.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(businessDay), businessDay, "A whole number of seconds, at least 2.");
        }

        var hours = Math.Clamp(12 - now.UtcDateTime.Hour, -11, 12);
        var zone = hours switch { 0 => "Etc/GMT", > 0 => $"Etc/GMT-{hours}", _ => $"Etc/GMT+{-hours}" };
        var opens = now - openedAgo;
        opens = new DateTimeOffset(opens.UtcTicks - opens.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return new ShortDayCalendar(zone, TimeSpan.FromHours(hours), opens, opens + businessDay * 7 - TimeSpan.FromSeconds(6), businessDay);
    }

    /// <summary>The body of PUT /api/departments/{id}/calendar.</summary>
    public string ToJson()
    {
        var opens = Opens.ToOffset(Offset);
        var closes = Closes.ToOffset(Offset);
        var hours = new List<object>
        {
            new { day = opens.DayOfWeek.ToString(), start = Time(opens.TimeOfDay), end = Time(closes.TimeOfDay) },
        };
        hours.AddRange(Enum.GetValues<DayOfWeek>().Where(d => d != opens.DayOfWeek)
            .Select(d => (object)new { day = d.ToString(), start = "00:00:00", end = "00:00:01" }));
        return JsonSerializer.Serialize(new { timeZoneId = TimeZoneId, hours, holidays = Array.Empty<string>(), yearlyHolidays = Array.Empty<object>() });
    }

    /// <summary>What it is, for the output.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0}: today {1:HH:mm:ss}-{2:HH:mm:ss} local, six other days 1 s each, business day {3:N0} s",
        TimeZoneId, Opens.ToOffset(Offset), Closes.ToOffset(Offset), BusinessDay.TotalSeconds);

    private static string Time(TimeSpan timeOfDay) => timeOfDay.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
