namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// A minute-aligned start, a business duration of up to three weeks of the calendar's business
/// time and an end up to three weeks after the start: small enough for the naive reference.
/// </summary>
public sealed record ShortScenario(CalendarCase Case, DateTimeOffset Start, TimeSpan Duration, DateTimeOffset End)
{
    public override string ToString() => $"{Case} | start {Start:O} | duration {Duration} | end {End:O}";
}
