using System.Collections.Concurrent;
using Catalog.Domain.Calendars;
using Catalog.Errors;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// Shares built business calendars across the silo (a singleton service). Building a calendar costs tens of
/// milliseconds the first time in a zone and allocates its DST tables, so every grain asks here: settings equal by
/// value (same zone, hours and holidays, in any order) get the same <see cref="BusinessCalendar"/> instance.
/// </summary>
public sealed class BusinessCalendarCache
{
    /// <summary>How many settings the cache remembers before it starts again (a guard against unbounded growth).</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<CalendarSettings, Lazy<BusinessCalendar>> calendars =
        new(CalendarSettingsComparer.Instance);

    /// <summary>
    /// The calendar these settings describe, built once per distinct calendar. Throws
    /// <see cref="CatalogValidationException"/> naming the problems when the settings are not a valid calendar.
    /// </summary>
    public BusinessCalendar Get(CalendarSettings settings)
    {
        if (calendars.TryGetValue(settings, out var known))
        {
            return known.Value;
        }

        CalendarSettingsValidator.EnsureValid(settings);
        if (calendars.Count >= Capacity)
        {
            calendars.Clear();
        }

        // Written another way (hours in another order, a holiday twice), the same calendar shares one instance.
        var normalized = CalendarSettingsMapping.Normalize(settings);
        var calendar = calendars.GetOrAdd(normalized, Build);
        calendars.TryAdd(Snapshot(settings), calendar);
        return calendar.Value;
    }

    /// <summary>The default calendar (8:30–12:00 and 13:00–16:30, Monday–Friday, no holidays) in a zone.</summary>
    public BusinessCalendar Default(string timeZoneId) => Get(CalendarSettingsMapping.Default(timeZoneId));

    /// <summary>A copy the caller cannot change under the cache's feet.</summary>
    private static CalendarSettings Snapshot(CalendarSettings settings) =>
        new(settings.TimeZoneId, settings.Hours.ToArray(), settings.Holidays.ToArray(), settings.YearlyHolidays.ToArray());

    private static Lazy<BusinessCalendar> Build(CalendarSettings settings) => new(
        () => BusinessCalendar.FromDefinition(CalendarSettingsMapping.ToDefinition(settings)),
        LazyThreadSafetyMode.ExecutionAndPublication);
}
