using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>
/// The two calendars a request's clocks count in: the provider's for its own clocks, the client department's for
/// the client-response clock.
/// </summary>
/// <param name="Provider">The provider department's calendar.</param>
/// <param name="Client">The client department's calendar.</param>
public sealed record RequestCalendars(BusinessCalendar Provider, BusinessCalendar Client)
{
    /// <summary>The calendar that measures a clock.</summary>
    public BusinessCalendar For(ClockKind kind) => ClockRules.IsHeldByClient(kind) ? Client : Provider;
}
