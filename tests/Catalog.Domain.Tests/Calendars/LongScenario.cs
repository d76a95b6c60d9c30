namespace Catalog.Domain.Tests.Calendars;

/// <summary>
/// Tick-precise instants and business durations of up to ten years' worth, for the algebraic
/// properties the fast paths must keep (no reference involved).
/// </summary>
public sealed record LongScenario(CalendarCase Case, DateTimeOffset Start, TimeSpan First, TimeSpan Second, DateTimeOffset Other)
{
    public override string ToString() => $"{Case} | start {Start:O} | first {First} | second {Second} | other {Other:O}";
}
