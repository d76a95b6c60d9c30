namespace Catalog.Sla;

/// <summary>A department's business calendar as stored and exchanged (see Catalog.Domain.Calendars for the maths).</summary>
[GenerateSerializer, Immutable, Alias("catalog.CalendarSettings")]
public sealed record CalendarSettings(
    [property: Id(0)] string TimeZoneId,
    [property: Id(1)] IReadOnlyList<BusinessHours> Hours,
    [property: Id(2)] IReadOnlyList<DateOnly> Holidays,
    [property: Id(3)] IReadOnlyList<YearlyHoliday> YearlyHolidays);

/// <summary>One interval of business hours on a weekday, in the calendar's local time.</summary>
[GenerateSerializer, Immutable, Alias("catalog.BusinessHours")]
public sealed record BusinessHours(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End);

/// <summary>A holiday on the same date every year.</summary>
[GenerateSerializer, Immutable, Alias("catalog.YearlyHoliday")]
public sealed record YearlyHoliday([property: Id(0)] int Month, [property: Id(1)] int Day);
