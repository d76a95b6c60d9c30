using Catalog.Domain.Calendars;
using Catalog.Domain.Tests.Calendars;

namespace Catalog.Domain.Tests.Sla;

/// <summary>Calendars and instants shared by the SLA tests: the default calendar in Toronto, January 2026.</summary>
internal static class SlaCalendars
{
    public static BusinessCalendar Toronto { get; } = BusinessCalendar.Default(Zones.Toronto);

    /// <summary>Friday 9 January 2026, local time in Toronto.</summary>
    public static DateTimeOffset Friday(int hour, int minute = 0) => Zones.Toronto.At(2026, 1, 9, hour, minute);

    /// <summary>Monday 12 January 2026, local time in Toronto.</summary>
    public static DateTimeOffset Monday(int hour, int minute = 0) => Zones.Toronto.At(2026, 1, 12, hour, minute);

    /// <summary>Tuesday 13 January 2026, local time in Toronto.</summary>
    public static DateTimeOffset Tuesday(int hour, int minute = 0) => Zones.Toronto.At(2026, 1, 13, hour, minute);
}
