using System.Globalization;

namespace Catalog.Domain.Scorecards;

/// <summary>
/// The scorecard arithmetic: turns a subject's stored facts into the published figures. Pure and deterministic, so
/// the page, the CSV and the hand-computed fixture all read the same numbers.
/// </summary>
public static class Scorecard
{
    // Clock kinds in the order a request meets them; any other kind follows by name.
    private static readonly string[] ClockOrder = ["Acknowledgement", "FirstAnswer", "Resolution", "ClientResponse"];

    /// <summary>The most weeks a trend shows (two years).</summary>
    public const int MaxWeeks = 106;

    /// <summary>Computes the figures of <paramref name="input"/>.</summary>
    public static ScorecardFigures Compute(ScorecardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var requests = input.Requests.Where(r => r.FiledAt >= input.From && r.FiledAt < input.To).ToList();
        var surveys = input.Surveys.Where(s => s.AnsweredAt >= input.From && s.AnsweredAt < input.To).ToList();
        var complaints = input.Complaints.Where(c => c.FiledAt >= input.From && c.FiledAt < input.To).ToList();

        var turnarounds = Turnarounds(requests, input);
        var sortedHours = turnarounds.Values.Select(t => t.TotalHours).Order().ToList();

        return new ScorecardFigures(
            requests.Count,
            requests.Count(r => !r.Cancelled && r.ResolvedAt is not null),
            requests.Count(r => r.Cancelled),
            Clocks(requests),
            requests.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Breached)),
            requests.Count(r => r.Clocks.Any(c => c.Outcome == ClockOutcome.Breached)),
            new TurnaroundFigures(
                sortedHours.Count,
                Percentiles.Round2(Percentiles.Median(sortedHours)),
                Percentiles.Round2(Percentiles.NearestRank(sortedHours, 90))),
            Held(requests, input),
            new TransferFigures(
                requests.Sum(r => r.Transfers),
                requests.Count(r => r.Transfers > 1),
                requests.Sum(r => Math.Max(0, r.Transfers - 1))),
            Complaints(complaints),
            Satisfaction(surveys),
            CostByClient(requests),
            CostTotals(requests),
            Weeks(input, requests, turnarounds, surveys, complaints));
    }

    /// <summary>The Monday (in <paramref name="zone"/>) of the week holding <paramref name="instant"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var sinceMonday = ((int)local.DayOfWeek + 6) % 7;
        return local.AddDays(-sinceMonday);
    }

    /// <summary>Satisfaction figures of <paramref name="surveys"/>.</summary>
    public static SatisfactionFigures Satisfaction(IReadOnlyCollection<ScoredSatisfaction> surveys)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        var distribution = new int[5];
        foreach (var survey in surveys.Where(s => s.Score is >= 1 and <= 5))
        {
            distribution[survey.Score - 1]++;
        }

        var count = distribution.Sum();
        double? mean = count == 0 ? null : Percentiles.Round2((double)surveys.Where(s => s.Score is >= 1 and <= 5).Sum(s => s.Score) / count);
        return new SatisfactionFigures(count, mean, distribution);
    }

    /// <summary>Complaint figures of <paramref name="complaints"/>.</summary>
    public static ComplaintFigures Complaints(IReadOnlyCollection<ScoredComplaint> complaints)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        return new ComplaintFigures(
            complaints.Count,
            complaints.Count(c => c.AnsweredInTime == true),
            complaints.Count(c => c.AnsweredInTime == false),
            CountBy(complaints.Select(c => c.Cause)));
    }

    /// <summary>Counts per key, most frequent first, then by key.</summary>
    public static IReadOnlyList<CountByKey> CountBy(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => new CountByKey(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Cost delivered per client department: accepted quotes of requests resolved and not cancelled.</summary>
    public static IReadOnlyList<CostLine> CostByClient(IEnumerable<ScoredRequest> requests) =>
        Delivered(requests)
            .GroupBy(r => (r.ClientDepartmentId, Currency: r.QuoteCurrency ?? "CAD"))
            .Select(g => new CostLine(g.Key.ClientDepartmentId, g.Key.Currency, g.Count(), g.Sum(r => r.QuoteAmount!.Value)))
            .OrderBy(c => c.ClientDepartmentId, StringComparer.Ordinal).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();

    /// <summary>Cost delivered per currency.</summary>
    public static IReadOnlyList<CostTotal> CostTotals(IEnumerable<ScoredRequest> requests) =>
        Delivered(requests)
            .GroupBy(r => r.QuoteCurrency ?? "CAD")
            .Select(g => new CostTotal(g.Key, g.Count(), g.Sum(r => r.QuoteAmount!.Value)))
            .OrderBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();

    /// <summary>Per clock kind, how the clocks of <paramref name="requests"/> fared.</summary>
    public static IReadOnlyList<ClockFigures> Clocks(IEnumerable<ScoredRequest> requests) =>
        requests.SelectMany(r => r.Clocks)
            .GroupBy(c => c.Clock, StringComparer.Ordinal)
            .Select(g =>
            {
                int Count(ClockOutcome o) => g.Count(c => c.Outcome == o);
                var met = Count(ClockOutcome.Met);
                var breached = Count(ClockOutcome.Breached);
                return new ClockFigures(g.Key, met, breached, Count(ClockOutcome.Running), Count(ClockOutcome.NotStarted),
                    Count(ClockOutcome.Cancelled), Percentiles.Percent(met, met + breached));
            })
            .OrderBy(f => Array.IndexOf(ClockOrder, f.Clock) is var i and >= 0 ? i : ClockOrder.Length)
            .ThenBy(f => f.Clock, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<ScoredRequest> Delivered(IEnumerable<ScoredRequest> requests) =>
        requests.Where(r => !r.Cancelled && r.ResolvedAt is not null && r.QuoteAmount is not null);

    private static Dictionary<ScoredRequest, TimeSpan> Turnarounds(List<ScoredRequest> requests, ScorecardInput input)
    {
        var result = new Dictionary<ScoredRequest, TimeSpan>(ReferenceEqualityComparer.Instance);
        foreach (var request in requests)
        {
            if (BusinessSpans.Turnaround(request, input.CalendarOf(request.ProviderDepartmentId)) is { } time)
            {
                result[request] = time;
            }
        }

        return result;
    }

    private static List<HeldFigures> Held(List<ScoredRequest> requests, ScorecardInput input)
    {
        var held = new Dictionary<string, (HashSet<string> Requests, TimeSpan Time)>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            foreach (var hold in request.Holds)
            {
                var time = BusinessSpans.Held(request, hold, input.CalendarOf(hold.DepartmentId), input.AsOf);
                var entry = held.TryGetValue(hold.DepartmentId, out var e) ? e : ([], TimeSpan.Zero);
                entry.Requests.Add(request.RequestId);
                held[hold.DepartmentId] = (entry.Requests, entry.Time + time);
            }
        }

        return held.Select(h => new HeldFigures(h.Key, h.Value.Requests.Count, Percentiles.Hours(h.Value.Time)))
            .OrderByDescending(h => h.Hours).ThenBy(h => h.DepartmentId, StringComparer.Ordinal)
            .ToList();
    }

    private static List<WeekFigures> Weeks(
        ScorecardInput input,
        List<ScoredRequest> requests,
        Dictionary<ScoredRequest, TimeSpan> turnarounds,
        List<ScoredSatisfaction> surveys,
        List<ScoredComplaint> complaints)
    {
        var weeks = new List<WeekFigures>();
        if (input.To <= input.From)
        {
            return weeks;
        }

        var first = WeekOf(input.From, input.WeekZone);
        var last = WeekOf(input.To.AddTicks(-1), input.WeekZone);
        for (var week = first; week <= last && weeks.Count < MaxWeeks; week = week.AddDays(7))
        {
            var start = week;
            bool InWeek(DateTimeOffset at) => WeekOf(at, input.WeekZone) == start;
            var filed = requests.Where(r => InWeek(r.FiledAt)).ToList();
            var met = filed.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Met));
            var breached = filed.Sum(r => r.Clocks.Count(c => c.Outcome == ClockOutcome.Breached));
            var hours = filed.Where(turnarounds.ContainsKey).Select(r => turnarounds[r].TotalHours).Order().ToList();
            var answered = surveys.Where(s => InWeek(s.AnsweredAt)).ToList();
            var satisfaction = Satisfaction(answered);
            weeks.Add(new WeekFigures(
                week, filed.Count, met, breached, Percentiles.Percent(met, met + breached),
                Percentiles.Round2(Percentiles.Median(hours)),
                complaints.Count(c => InWeek(c.FiledAt)), satisfaction.Count, satisfaction.Mean));
        }

        return weeks;
    }

    /// <summary>A week start as the CSV and page write it.</summary>
    public static string Format(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
