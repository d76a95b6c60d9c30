using Catalog.Domain.Calendars;

namespace Catalog.Domain.Scorecards;

/// <summary>
/// What a scorecard is computed from: the subject's stored facts, the period [<paramref name="From"/>,
/// <paramref name="To"/>), the instant that ends spans still open, the zone whose Mondays start the trend's weeks,
/// and each department's business calendar (turnaround in the provider's, held time in each holder's).
/// </summary>
public sealed record ScorecardInput(
    IReadOnlyList<ScoredRequest> Requests,
    IReadOnlyList<ScoredSatisfaction> Surveys,
    IReadOnlyList<ScoredComplaint> Complaints,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset AsOf,
    TimeZoneInfo WeekZone,
    Func<string, BusinessCalendar> CalendarOf);
