using Catalog.Domain.Calendars;

namespace Catalog.Domain.Tests.Calendars;

/// <summary>A generated calendar: its definition, the calendar under test and the naive reference.</summary>
public sealed class CalendarCase(CalendarDefinition definition)
{
    public CalendarDefinition Definition { get; } = definition;

    public BusinessCalendar Calendar { get; } = BusinessCalendar.FromDefinition(definition);

    internal NaiveCalendar Reference { get; } = new(definition);

    public override string ToString() =>
        $"{Definition.TimeZoneId}; schedule [{string.Join(", ", Definition.Schedule)}]; "
        + $"holidays [{string.Join(", ", Definition.Holidays.Select(d => d.ToString("yyyy-MM-dd")))}]; "
        + $"recurring [{string.Join(", ", Definition.RecurringHolidays)}]";
}
