using Catalog.Domain.Calendars;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// Converts between the exchanged <see cref="CalendarSettings"/> and the domain's <see cref="CalendarDefinition"/>.
/// Settings always come out with plain arrays: the storage serializer records runtime types, and compiler-made
/// read-only lists are not types it may load back.
/// </summary>
internal static class CalendarSettingsMapping
{
    /// <summary>The default calendar (8:30–12:00 and 13:00–16:30, Monday–Friday, no holidays) in a zone.</summary>
    public static CalendarSettings Default(string timeZoneId) => ToSettings(CalendarDefinition.Default(timeZoneId));

    /// <summary>The definition of settings whose lists are present (see <see cref="CalendarSettingsValidator"/>).</summary>
    public static CalendarDefinition ToDefinition(CalendarSettings settings) => new(
        settings.TimeZoneId,
        settings.Hours.Select(h => new WeeklyInterval(h.Day, h.Start, h.End)).ToArray(),
        settings.Holidays.ToArray(),
        settings.YearlyHolidays.Select(y => new AnnualDate(y.Month, y.Day)).ToArray());

    /// <summary>The settings of a definition.</summary>
    public static CalendarSettings ToSettings(CalendarDefinition definition) => new(
        definition.TimeZoneId,
        definition.Schedule.Select(i => new BusinessHours(i.Day, i.Start, i.End)).ToArray(),
        definition.Holidays.ToArray(),
        definition.RecurringHolidays.Select(d => new YearlyHoliday(d.Month, d.Day)).ToArray());

    /// <summary>
    /// The same calendar written one way: hours sorted by day and start, holidays sorted without repeats. Two
    /// settings describing the same calendar normalize to equal settings.
    /// </summary>
    public static CalendarSettings Normalize(CalendarSettings settings) => new(
        settings.TimeZoneId,
        settings.Hours.OrderBy(h => h.Day).ThenBy(h => h.Start).ThenBy(h => h.End).ToArray(),
        settings.Holidays.Distinct().Order().ToArray(),
        settings.YearlyHolidays.Distinct().OrderBy(y => y.Month).ThenBy(y => y.Day).ToArray());
}
