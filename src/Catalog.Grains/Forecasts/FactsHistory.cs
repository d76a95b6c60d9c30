using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Domain.Forecasts;
using Catalog.Domain.Scorecards;
using Catalog.Scorecards;

namespace Catalog.Grains.Forecasts;

/// <summary>
/// A provider's stored request facts turned into what the forecast learns from: each request's queue ahead at its
/// filing (the provider's requests filed before it and not yet resolved or ended then), its clocks as samples, its
/// resolution as a backtest row. Business hours are the provider's calendar.
/// </summary>
internal sealed class FactsHistory
{
    private readonly Dictionary<string, int> queueAhead;

    public FactsHistory(IReadOnlyList<RequestFacts> facts, BusinessCalendar provider)
    {
        Facts = [.. facts.OrderBy(f => f.FiledAt).ThenBy(f => f.RequestId, StringComparer.Ordinal)];
        Provider = provider;
        queueAhead = QueueAheadAtFiling(Facts);
        ById = Facts.ToDictionary(f => f.RequestId, StringComparer.Ordinal);
    }

    /// <summary>The facts, oldest filing first.</summary>
    public IReadOnlyList<RequestFacts> Facts { get; }

    /// <summary>The facts by request id.</summary>
    public IReadOnlyDictionary<string, RequestFacts> ById { get; }

    /// <summary>The provider's calendar.</summary>
    public BusinessCalendar Provider { get; }

    /// <summary>Open requests of the provider ahead of <paramref name="requestId"/> when it was filed (0 when unknown).</summary>
    public int QueueAheadOf(string requestId) => queueAhead.GetValueOrDefault(requestId);

    /// <summary>The model of <paramref name="kind"/> as of <paramref name="now"/>, learnt like <see cref="Backtest.Learn"/>.</summary>
    public ForecastModel Learn(ClockKind kind, DateTimeOffset now, ForecastSettings settings)
    {
        var samples = new List<ClockSample>();
        var done = 0;
        foreach (var fact in Facts)
        {
            if (fact.ResolvedAt is { } resolved && resolved <= now && Hours(resolved, now) <= Backtest.ThroughputHours)
            {
                done++;
            }

            if (fact.FiledAt > now || Hours(fact.FiledAt, now) > Backtest.WindowHours)
            {
                continue;
            }

            // A clock without a target still says how long such work takes.
            if (fact.Clocks.FirstOrDefault(c => c.Kind == kind) is not { } clock)
            {
                continue;
            }

            var stopped = clock.Outcome is ClockOutcome.Met or ClockOutcome.Breached;
            if (stopped || clock.Outcome == ClockOutcome.Running)
            {
                samples.Add(new ClockSample(fact.ServiceId, QueueAheadOf(fact.RequestId), clock.Elapsed.TotalHours, stopped, clock.Target?.TotalHours));
            }
        }

        return ForecastModel.Learn(samples, done / Backtest.ThroughputHours, settings);
    }

    /// <summary>
    /// The requests with a resolution target as a backtest replays them from <paramref name="origin"/>: filed at
    /// their business hour, done when their resolution clock's business time was used.
    /// </summary>
    public List<BacktestRequest> ForBacktest(DateTimeOffset origin, Func<string, BusinessCalendar> clientCalendar)
    {
        var rows = new List<BacktestRequest>();
        foreach (var fact in Facts)
        {
            if (fact.FiledAt < origin || fact.Clocks.FirstOrDefault(c => c.Kind == ClockKind.Resolution) is not { Target: { } target } clock)
            {
                continue;
            }

            var filedB = Hours(origin, fact.FiledAt);
            var done = clock.Outcome is ClockOutcome.Met or ClockOutcome.Breached && fact.ResolvedAt is not null;
            if (!done && clock.Outcome is ClockOutcome.Cancelled or ClockOutcome.NotStarted)
            {
                continue;
            }

            rows.Add(new BacktestRequest(
                fact.ServiceId, fact.FiledAt, filedB, done ? filedB + clock.Elapsed.TotalHours : null, done ? fact.ResolvedAt : null,
                target.TotalHours, QueueAheadOf(fact.RequestId), clientCalendar(fact.ClientDepartmentId)));
        }

        return rows;
    }

    /// <summary>Business hours of the provider from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public double Hours(DateTimeOffset from, DateTimeOffset to) => Provider.BusinessTimeBetween(from, to).TotalHours;

    private static Dictionary<string, int> QueueAheadAtFiling(IReadOnlyList<RequestFacts> ordered)
    {
        var ahead = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new PriorityQueue<string, DateTimeOffset>();
        foreach (var fact in ordered)
        {
            while (open.TryPeek(out _, out var end) && end <= fact.FiledAt)
            {
                open.Dequeue();
            }

            ahead[fact.RequestId] = open.Count;
            open.Enqueue(fact.RequestId, fact.ResolvedAt ?? fact.EndedAt ?? DateTimeOffset.MaxValue);
        }

        return ahead;
    }
}
