using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>
/// One clock's terms as resolved when the request was filed (from its agreement or its service's standards), kept
/// for good: a later change of agreement never touches an open request.
/// </summary>
/// <param name="Kind">Which clock.</param>
/// <param name="Value">How many business days or hours.</param>
/// <param name="InBusinessDays">Business days (each the length of the measuring calendar's business day) rather than hours.</param>
/// <param name="WarningRatio">The share of the target after which the clock is at risk.</param>
public sealed record ClockTerms(ClockKind Kind, int Value, bool InBusinessDays, double WarningRatio)
{
    /// <summary>The target in business time of the calendar that measures the clock.</summary>
    public ClockTarget TargetIn(BusinessCalendar calendar) => new(
        InBusinessDays ? calendar.BusinessDay * Value : TimeSpan.FromHours(Value),
        WarningRatio);
}
