using Catalog.Domain.Calendars;
using Catalog.Domain.Sla;

namespace Catalog.Domain.Tests.Sla;

/// <summary>
/// A clock's spans in order, all before <see cref="Now"/>, on one of a few calendars, with a target
/// and a pause length for the resume property.
/// </summary>
public sealed record SpanScenario(string CalendarName, BusinessCalendar Calendar, ClockSpan[] Spans, ClockTarget Target, DateTimeOffset Now, TimeSpan Pause)
{
    public bool IsRunning => Spans.Length > 0 && Spans[^1].End is null;

    public override string ToString() =>
        $"{CalendarName} | target {Target.BusinessTime} × {Target.WarningRatio} | now {Now:O} | pause {Pause} | spans "
        + string.Join(", ", Spans.Select(s => $"[{s.Start:O} → {(s.End is { } end ? end.ToString("O") : "open")} {s.HolderDepartment}]"));
}
