using Catalog.Domain.Calendars;
using Catalog.Domain.Scorecards;

namespace Catalog.Domain.Reviews;

/// <summary>
/// What an annual review is computed from: the provider's facts, its catalogue entries, the year and its bounds
/// [<paramref name="From"/>, <paramref name="To"/>) in the provider's zone, and the calendars.
/// </summary>
public sealed record ReviewInput(
    int Year,
    IReadOnlyList<ReviewService> Services,
    IReadOnlyList<ScoredRequest> Requests,
    IReadOnlyList<ScoredSatisfaction> Surveys,
    IReadOnlyList<ScoredComplaint> Complaints,
    DateTimeOffset From,
    DateTimeOffset To,
    TimeZoneInfo Zone,
    Func<string, BusinessCalendar> CalendarOf);
