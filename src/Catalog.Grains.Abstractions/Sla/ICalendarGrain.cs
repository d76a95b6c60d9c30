using Orleans.Concurrency;
namespace Catalog.Sla;

/// <summary>A department's business calendar (key = department id).</summary>
public interface ICalendarGrain : IGrainWithStringKey
{
    /// <summary>The calendar; until one is set, 8:30–12:00 and 13:00–16:30 Monday–Friday in the department's zone.</summary>
    [ReadOnly]
    Task<CalendarSettings> GetAsync();

    /// <summary>Replaces the calendar (new requests and running clocks use it); CatalogValidationException when invalid.</summary>
    Task<CalendarSettings> SetAsync(CalendarSettings settings);
}
