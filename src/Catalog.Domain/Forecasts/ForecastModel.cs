namespace Catalog.Domain.Forecasts;

/// <summary>
/// A provider's forecast of one clock kind (the resolution clock gives the promised turnaround), learnt from its
/// recent clocks. A request is expected to take its service's usual time plus the wait for the work ahead of it
/// (<c>expected = service's own median time + queue ahead / throughput</c>, in business hours); how past clocks compared with
/// what was expected of them (their ratio, stopped or still running) is a survival curve. Quantiles of the
/// turnaround are the expected time scaled by the curve's quantiles; the chance that a running clock breaches is
/// the curve's conditional survival past its target given how long it already ran, leaning towards the base
/// rate where little history ran that long. Pure: everything it knows comes in through <see cref="Learn"/>.
/// </summary>
public sealed class ForecastModel
{
    private readonly Dictionary<string, double> serviceMedians;
    private readonly double providerMedian;
    private readonly SurvivalCurve ratios;
    private readonly ForecastSettings settings;

    private ForecastModel(
        Dictionary<string, double> serviceMedians, double providerMedian, SurvivalCurve ratios, double throughput,
        double baseRate, int samples, ForecastSettings settings)
    {
        this.serviceMedians = serviceMedians;
        this.providerMedian = providerMedian;
        this.ratios = ratios;
        this.settings = settings;
        ThroughputPerHour = throughput;
        BaseRate = baseRate;
        Samples = samples;
    }

    /// <summary>Requests the provider resolves per business hour (recently).</summary>
    public double ThroughputPerHour { get; }

    /// <summary>The share of past clocks with a target that breached it (known ones only).</summary>
    public double BaseRate { get; }

    /// <summary>How many past clocks it was learnt from.</summary>
    public int Samples { get; }

    /// <summary>Whether there is enough history to say anything.</summary>
    public bool IsUsable => Samples >= settings.MinimumSamples && ratios.Quantile(0.5) is not null;

    /// <summary>Learns from <paramref name="samples"/> (stopped and running clocks of one kind) and the provider's throughput.</summary>
    public static ForecastModel Learn(IReadOnlyCollection<ClockSample> samples, double throughputPerHour, ForecastSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        settings ??= ForecastSettings.Default;
        var stopped = samples.Where(s => s.Stopped).ToList();
        // A service's own time: its turnarounds less the wait for the queue ahead of each, so the queue is not counted twice.
        double Own(ClockSample s) => Math.Max(s.ElapsedHours - (throughputPerHour > 0 ? s.QueueAhead / throughputPerHour : 0), 0.1 * s.ElapsedHours);
        var providerMedian = Median(stopped.Select(Own)) ?? 1;
        var medians = stopped
            .GroupBy(s => s.ServiceId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var n = g.Count();
                    var own = Median(g.Select(Own)) ?? providerMedian;
                    return (n * own + settings.ServicePrior * providerMedian) / (n + settings.ServicePrior);
                },
                StringComparer.Ordinal);
        var known = samples.Where(s => s.BreachKnown).ToList();
        var baseRate = known.Count == 0 ? 0 : (double)known.Count(s => s.Breached) / known.Count;
        var model = new ForecastModel(medians, Math.Max(providerMedian, 1e-3), SurvivalCurve.From([]), throughputPerHour, baseRate, samples.Count, settings);
        var curve = SurvivalCurve.From(samples.Select(s => (s.ElapsedHours / model.Expected(s.ServiceId, s.QueueAhead), s.Stopped)));
        return new ForecastModel(medians, model.providerMedian, curve, throughputPerHour, baseRate, samples.Count, settings);
    }

    /// <summary>What a request of <paramref name="serviceId"/> with <paramref name="queueAhead"/> open requests ahead is expected to take, in business hours.</summary>
    public double Expected(string serviceId, double queueAhead)
    {
        var median = serviceMedians.TryGetValue(serviceId, out var own) ? own : providerMedian;
        var wait = ThroughputPerHour > 0 ? Math.Max(0, queueAhead) / ThroughputPerHour : 0;
        return Math.Max(median + wait, 1e-3);
    }

    /// <summary>
    /// The business hours by which a share <paramref name="p"/> of such requests is done (0.5: likely, 0.9: at the
    /// latest); null without enough history.
    /// </summary>
    public double? Turnaround(double p, string serviceId, double queueAhead) =>
        IsUsable && ratios.Quantile(p) is { } ratio ? ratio * Expected(serviceId, queueAhead) : null;

    /// <summary>
    /// The business hours (from the clock's start) by which a share <paramref name="p"/> of such requests that already
    /// ran <paramref name="elapsedHours"/> is done: the promise kept up to date while the request waits. Never less
    /// than what already elapsed; null without enough history.
    /// </summary>
    public double? Turnaround(double p, string serviceId, double queueAheadAtFiling, double elapsedHours)
    {
        if (!IsUsable)
        {
            return null;
        }

        var expected = Expected(serviceId, queueAheadAtFiling);
        return ratios.ConditionalQuantile(p, Math.Max(0, elapsedHours) / expected) is { } ratio
            ? Math.Max(ratio * expected, elapsedHours)
            : null;
    }

    /// <summary>
    /// The chance that a running clock of <paramref name="serviceId"/> which already ran <paramref name="elapsedHours"/>
    /// of its <paramref name="targetHours"/> ends past its target, given the queue ahead of it as at filing
    /// (<see cref="QueueAhead.Effective"/>). 1 once past the target; the base rate without enough history.
    /// </summary>
    public double BreachProbability(string serviceId, double queueAheadAtFiling, double elapsedHours, double targetHours)
    {
        if (elapsedHours >= targetHours)
        {
            return 1;
        }

        if (!IsUsable)
        {
            return BaseRate;
        }

        var expected = Expected(serviceId, queueAheadAtFiling);
        var now = Math.Max(0, elapsedHours) / expected;
        var alive = ratios.Survival(now);
        var beyond = ratios.Survival(targetHours / expected);
        var conditional = alive <= 0 ? BaseRate : Math.Clamp(beyond / alive, 0, 1);
        var weight = ratios.AtRiskAfter(now);
        return (weight * conditional + settings.BreachPrior * BaseRate) / (weight + settings.BreachPrior);
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
