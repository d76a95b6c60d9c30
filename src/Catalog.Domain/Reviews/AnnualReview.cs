using Catalog.Domain.Scorecards;

namespace Catalog.Domain.Reviews;

/// <summary>The annual review arithmetic: pure, on the same definitions as <see cref="Scorecard"/>.</summary>
public static class AnnualReview
{
    /// <summary>Computes the review of <paramref name="input"/>.</summary>
    public static AnnualReviewFigures Compute(ReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var requests = input.Requests.Where(r => r.FiledAt >= input.From && r.FiledAt < input.To).ToList();
        var surveys = input.Surveys.Where(s => s.AnsweredAt >= input.From && s.AnsweredAt < input.To).ToList();
        var complaints = input.Complaints.Where(c => c.FiledAt >= input.From && c.FiledAt < input.To).ToList();
        var others = input.Services.Where(s => s.IsOtherRequest).Select(s => s.ServiceId).ToHashSet(StringComparer.Ordinal);

        var serviceIds = input.Services.Select(s => s.ServiceId)
            .Concat(requests.Select(r => r.ServiceId))
            .Distinct(StringComparer.Ordinal);
        var byService = serviceIds
            .Select(id => Service(id, requests.Where(r => r.ServiceId == id).ToList(), input))
            .OrderByDescending(s => s.Requests).ThenBy(s => s.ServiceId, StringComparer.Ordinal)
            .ToList();
        var otherRequests = requests.Where(r => others.Contains(r.ServiceId) || r.OtherRequestText is not null).ToList();

        return new AnnualReviewFigures(
            input.Year,
            requests.Count,
            byService,
            Scorecard.CountBy(requests.Select(r => r.ClientDepartmentId)),
            byService.Where(s => s.Requests == 0 && !others.Contains(s.ServiceId)).Select(s => s.ServiceId).Order(StringComparer.Ordinal).ToList(),
            otherRequests.Count,
            OtherRequestGrouping.Group(otherRequests.OrderBy(r => r.FiledAt).Select(r => r.OtherRequestText ?? "")),
            byService.Where(s => s.Breached > 0)
                .OrderBy(s => s.PercentMet ?? 100).ThenByDescending(s => s.Breached).ThenBy(s => s.ServiceId, StringComparer.Ordinal)
                .ToList(),
            Scorecard.CostByClient(requests),
            Scorecard.CostTotals(requests),
            Scorecard.Complaints(complaints),
            Scorecard.Satisfaction(surveys),
            Enumerable.Range(1, 12).Select(m => Month(m, requests, surveys, complaints, input.Zone)).ToList());
    }

    private static ServiceReview Service(string serviceId, List<ScoredRequest> requests, ReviewInput input)
    {
        var met = requests.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Met));
        var breached = requests.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Breached));
        var hours = requests
            .Select(r => BusinessSpans.Turnaround(r, input.CalendarOf(r.ProviderDepartmentId)))
            .OfType<TimeSpan>()
            .Select(t => t.TotalHours)
            .Order()
            .ToList();
        return new ServiceReview(serviceId, requests.Count, met, breached, Percentiles.Percent(met, met + breached),
            Percentiles.Round2(Percentiles.Median(hours)));
    }

    private static MonthReview Month(
        int month, List<ScoredRequest> requests, List<ScoredSatisfaction> surveys, List<ScoredComplaint> complaints, TimeZoneInfo zone)
    {
        bool InMonth(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).Month == month;
        var filed = requests.Where(r => InMonth(r.FiledAt)).ToList();
        var met = filed.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Met));
        var breached = filed.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Breached));
        var satisfaction = Scorecard.Satisfaction(surveys.Where(s => InMonth(s.AnsweredAt)).ToList());
        return new MonthReview(month, filed.Count, Percentiles.Percent(met, met + breached),
            complaints.Count(c => InMonth(c.FiledAt)), satisfaction.Count, satisfaction.Mean);
    }
}
