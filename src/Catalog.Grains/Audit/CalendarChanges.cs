using System.Globalization;
using Catalog.Audit;
using Catalog.Sla;

namespace Catalog.Grains.Audit;

/// <summary>What setting a department's calendar changed, for the audit trail.</summary>
public static class CalendarChanges
{
    /// <summary>The parts that differ between the calendar in effect before and the one set.</summary>
    public static AuditChange[] Between(CalendarSettings before, CalendarSettings after) => new AuditChangeList()
        .Add("timeZone", before.TimeZoneId, after.TimeZoneId)
        .Add("hours", Hours(before.Hours), Hours(after.Hours))
        .Add("holidays", Dates(before.Holidays), Dates(after.Holidays))
        .Add("yearlyHolidays", Yearly(before.YearlyHolidays), Yearly(after.YearlyHolidays))
        .ToList();

    private static string? Hours(IReadOnlyList<BusinessHours> hours) => AuditValues.List(hours.Select(h =>
        string.Create(CultureInfo.InvariantCulture, $"{h.Day.ToString()[..3]} {h.Start:HH\\:mm}-{h.End:HH\\:mm}")));

    private static string? Dates(IReadOnlyList<DateOnly> days) =>
        AuditValues.List(days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static string? Yearly(IReadOnlyList<YearlyHoliday> days) =>
        AuditValues.List(days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Month:D2}-{d.Day:D2}")));
}
