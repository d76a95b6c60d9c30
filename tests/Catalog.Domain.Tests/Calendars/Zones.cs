namespace Catalog.Domain.Tests.Calendars;

/// <summary>Time zones and local instants used by the calendar tests.</summary>
internal static class Zones
{
    public static TimeZoneInfo Toronto { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>A local wall-clock time in <paramref name="zone"/> with the offset in force then (the standard one when ambiguous).</summary>
    public static DateTimeOffset At(this TimeZoneInfo zone, int year, int month, int day, int hour = 0, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
