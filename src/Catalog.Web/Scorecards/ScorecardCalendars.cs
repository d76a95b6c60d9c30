using System.Collections.Concurrent;
using System.Text.Json;
using Catalog.Domain.Calendars;
using Catalog.Sla;

namespace Catalog.Web.Scorecards;

/// <summary>
/// Departments' business calendars for the scorecard arithmetic, built once per distinct calendar in this process
/// (building one tabulates its zone, tens of milliseconds) and read fresh from the calendar grains on each call, so
/// a changed calendar applies at once.
/// </summary>
internal static class ScorecardCalendars
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<string, BusinessCalendar> Built = new(StringComparer.Ordinal);

    /// <summary>The calendars of <paramref name="departmentIds"/>, looked up by department id.</summary>
    public static async Task<Func<string, BusinessCalendar>> LoadAsync(IGrainFactory grains, IEnumerable<string> departmentIds)
    {
        var ids = departmentIds.Distinct(StringComparer.Ordinal).ToArray();
        var settings = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICalendarGrain>(id).GetAsync()));
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            calendars[ids[i]] = Of(settings[i]);
        }

        // A department no fact named (it cannot happen with the ids given) would get the default Toronto calendar.
        return id => calendars.TryGetValue(id, out var calendar) ? calendar : Of(null);
    }

    private static BusinessCalendar Of(CalendarSettings? settings)
    {
        settings ??= new CalendarSettings("America/Toronto", [], [], []);
        var key = JsonSerializer.Serialize(settings);
        if (Built.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Built.Count >= Capacity)
        {
            Built.Clear();
        }

        var definition = settings.Hours.Count == 0
            ? CalendarDefinition.Default(settings.TimeZoneId)
            : new CalendarDefinition(
                settings.TimeZoneId,
                settings.Hours.Select(h => new WeeklyInterval(h.Day, h.Start, h.End)).ToArray(),
                settings.Holidays.ToArray(),
                settings.YearlyHolidays.Select(y => new AnnualDate(y.Month, y.Day)).ToArray());
        return Built.GetOrAdd(key, _ => BusinessCalendar.FromDefinition(definition));
    }
}
