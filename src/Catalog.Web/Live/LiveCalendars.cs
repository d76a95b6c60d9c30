using System.Collections.Concurrent;
using Catalog.Domain.Calendars;
using Catalog.Sla;

namespace Catalog.Web.Live;

/// <summary>
/// Departments' business calendars for the live payloads: read from the calendar grains (again after
/// <see cref="Freshness"/>, so a changed calendar applies soon), built once per distinct calendar, and cut into
/// <see cref="BusinessWindow"/>s of <see cref="Horizon"/> from the hour of an instant, shared by every event and
/// snapshot of that hour.
/// </summary>
public sealed class LiveCalendars(IGrainFactory grains)
{
    /// <summary>How far ahead a window reaches: a week and a day, so weekends and long holidays fit.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(8);

    /// <summary>How long a calendar read from its grain is used before it is read again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, (Task<BusinessCalendar> Calendar, DateTimeOffset ReadAt)> calendars = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BusinessCalendar> built = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(BusinessCalendar Calendar, string DepartmentId, long Hour), BusinessWindow> windows = new();

    /// <summary>The department's calendar.</summary>
    public Task<BusinessCalendar> CalendarAsync(string departmentId)
    {
        var now = TimeProvider.System.GetUtcNow();
        if (calendars.TryGetValue(departmentId, out var known) && now - known.ReadAt < Freshness && !known.Calendar.IsFaulted)
        {
            return known.Calendar;
        }

        if (calendars.Count >= Capacity)
        {
            calendars.Clear();
        }

        var read = ReadAsync(departmentId);
        calendars[departmentId] = (read, now);
        return read;
    }

    /// <summary>The department's business intervals from the hour of <paramref name="at"/> for <see cref="Horizon"/>.</summary>
    public async Task<BusinessWindow> WindowAsync(string departmentId, DateTimeOffset at)
    {
        var calendar = await CalendarAsync(departmentId);
        var hour = at.UtcTicks / TimeSpan.TicksPerHour;
        if (windows.Count >= Capacity)
        {
            windows.Clear();
        }

        return windows.GetOrAdd((calendar, departmentId, hour), key => Cut(key.DepartmentId, key.Calendar, new DateTimeOffset(key.Hour * TimeSpan.TicksPerHour, TimeSpan.Zero)));
    }

    private static BusinessWindow Cut(string departmentId, BusinessCalendar calendar, DateTimeOffset from)
    {
        var to = from + Horizon;
        var open = new List<int>();
        foreach (var (start, end) in BusinessIntervals.Between(calendar, from, to))
        {
            open.Add((int)(start - from).TotalSeconds);
            open.Add((int)(end - from).TotalSeconds);
        }

        return new BusinessWindow(departmentId, from, to, open);
    }

    private async Task<BusinessCalendar> ReadAsync(string departmentId)
    {
        var settings = await grains.GetGrain<ICalendarGrain>(departmentId).GetAsync();
        var key = System.Text.Json.JsonSerializer.Serialize(settings);
        if (built.TryGetValue(key, out var calendar))
        {
            return calendar;
        }

        if (built.Count >= Capacity)
        {
            built.Clear();
        }

        var definition = settings.Hours.Count == 0
            ? CalendarDefinition.Default(settings.TimeZoneId)
            : new CalendarDefinition(
                settings.TimeZoneId,
                [.. settings.Hours.Select(h => new WeeklyInterval(h.Day, h.Start, h.End))],
                [.. settings.Holidays],
                [.. settings.YearlyHolidays.Select(y => new AnnualDate(y.Month, y.Day))]);
        return built.GetOrAdd(key, _ => BusinessCalendar.FromDefinition(definition));
    }
}
