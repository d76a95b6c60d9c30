using Catalog.Domain.Calendars;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// The rules of a calendar: those of <see cref="CalendarDefinitionValidator"/>, each reported on the field it is
/// about ("timeZoneId", "hours", "yearlyHolidays"), plus present lists, an IANA zone (as for departments) and sizes
/// that keep the stored state small.
/// </summary>
internal static class CalendarSettingsValidator
{
    /// <summary>The most business-hour intervals a week may have.</summary>
    public const int MaxIntervals = 100;

    /// <summary>The most dated holidays a calendar may list.</summary>
    public const int MaxHolidays = 1000;

    /// <summary>The most yearly holidays a calendar may list.</summary>
    public const int MaxYearlyHolidays = 366;

    // A zone and lists that are always valid, to check each part of the settings on its own.
    private const string AnyZone = "UTC";

    /// <summary>The failures of <paramref name="settings"/> per field (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(CalendarSettings? settings)
    {
        var errors = new ValidationErrors();
        if (settings is null)
        {
            errors.Add("body", "A calendar is required.");
            return errors.ToDictionary();
        }

        CheckZone(errors, settings.TimeZoneId);
        if (CheckList(errors, "hours", settings.Hours, MaxIntervals, "Required: at least one interval of business hours."))
        {
            Report(errors, "hours", new CalendarDefinition(AnyZone, settings.Hours.Select(h => new WeeklyInterval(h.Day, h.Start, h.End)).ToArray(), [], []));
        }

        CheckList(errors, "holidays", settings.Holidays, MaxHolidays, "Required (use [] for none).");
        if (CheckList(errors, "yearlyHolidays", settings.YearlyHolidays, MaxYearlyHolidays, "Required (use [] for none)."))
        {
            Report(errors, "yearlyHolidays", new CalendarDefinition(
                AnyZone, CalendarDefinition.DefaultSchedule, [], settings.YearlyHolidays.Select(y => new AnnualDate(y.Month, y.Day)).ToArray()));
        }

        return errors.ToDictionary();
    }

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(CalendarSettings? settings)
    {
        var errors = Validate(settings);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }

    private static void CheckZone(ValidationErrors errors, string? timeZoneId)
    {
        var problems = Report(errors, "timeZoneId", new CalendarDefinition(timeZoneId!, CalendarDefinition.DefaultSchedule, [], []));
        if (problems == 0 && !TimeZones.IsKnown(timeZoneId))
        {
            errors.Add("timeZoneId", $"Use an IANA time zone id, e.g. 'America/Toronto', not '{timeZoneId}'.");
        }
    }

    /// <summary>True when the list is present, within its size and free of nulls, so its content can be checked.</summary>
    private static bool CheckList<T>(ValidationErrors errors, string field, IReadOnlyList<T>? items, int max, string missing)
    {
        if (items is null)
        {
            errors.Add(field, missing);
            return false;
        }

        if (items.Count > max)
        {
            errors.Add(field, $"At most {max} items.");
            return false;
        }

        var complete = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                errors.Add($"{field}[{i}]", "Required.");
                complete = false;
            }
        }

        return complete;
    }

    /// <summary>Adds the messages of <see cref="CalendarDefinitionValidator"/> to one field; returns how many.</summary>
    private static int Report(ValidationErrors errors, string field, CalendarDefinition definition)
    {
        var messages = CalendarDefinitionValidator.Validate(definition);
        foreach (var message in messages)
        {
            errors.Add(field, message);
        }

        return messages.Count;
    }
}
