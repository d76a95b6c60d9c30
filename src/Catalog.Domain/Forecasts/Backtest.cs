using Catalog.Domain.Calendars;

namespace Catalog.Domain.Forecasts;

/// <summary>
/// Replays a provider's past requests through <see cref="ForecastModel"/> as Catalog would have lived them, each
/// moment knowing only its past: a request gets its promise when filed, from a model learnt on the requests of the
/// last <see cref="WindowHours"/> (done ones with their turnaround, open ones as running so far); every
/// <see cref="SnapshotHours"/> each open request gets a breach probability for its resolution clock, scored (Brier)
/// with the base rate and the share-of-target rule on the same moments. The bench runs it on a synthetic history,
/// the managers' page on the stored one.
/// </summary>
public static class Backtest
{
    /// <summary>Business hours of history the model learns from (ten business weeks).</summary>
    public const double WindowHours = 350;

    /// <summary>Business hours over which throughput is measured (two business weeks).</summary>
    public const double ThroughputHours = 70;

    /// <summary>Business hours between two breach snapshots (twice a business day).</summary>
    public const double SnapshotHours = 3.5;

    /// <summary>Replays one provider's <paramref name="requests"/> up to <paramref name="endB"/>.</summary>
    public static BacktestFigures Run(
        IReadOnlyList<BacktestRequest> requests, BusinessCalendar provider, double endB, ForecastSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(provider);
        settings ??= ForecastSettings.Default;
        var ordered = requests.OrderBy(r => r.FiledB).ThenBy(r => r.FiledAt).ToList();
        int promised = 0, settled = 0, latestHeld = 0, likelyHeld = 0, breaches = 0;
        BrierScore forecast = new(), baseRate = new(), share = new();
        foreach (var request in ordered)
        {
            var model = Learn(ordered, request.FiledB, settings);
            if (model.Turnaround(0.5, request.ServiceId, request.QueueAhead) is not { } likely
                || model.Turnaround(0.9, request.ServiceId, request.QueueAhead) is not { } latest)
            {
                continue;
            }

            promised++;
            if (request.ResolvedAt is { } resolved)
            {
                var range = PromiseRange.Of(likely, latest, request.FiledAt, provider, request.Client);
                settled++;
                latestHeld += resolved <= range.Latest ? 1 : 0;
                likelyHeld += resolved <= range.Likely ? 1 : 0;
            }
        }

        for (var now = SnapshotHours; now < endB; now += SnapshotHours)
        {
            var model = Learn(ordered, now, settings);
            if (!model.IsUsable)
            {
                continue;
            }

            var ahead = 0;
            foreach (var request in ordered)
            {
                if (request.FiledB > now)
                {
                    break;
                }

                if (request.DoneB <= now)
                {
                    continue;
                }

                var elapsed = now - request.FiledB;
                var aheadNow = ahead++;
                if (elapsed >= request.TargetHours || request.BreachedBy(endB) is not { } breached)
                {
                    continue;
                }

                var queue = QueueAhead.Effective(request.QueueAhead, aheadNow, elapsed, model.ThroughputPerHour);
                breaches += breached ? 1 : 0;
                forecast.Add(model.BreachProbability(request.ServiceId, queue, elapsed, request.TargetHours), breached);
                baseRate.Add(model.BaseRate, breached);
                share.Add(BrierScore.ShareOfTarget(elapsed, request.TargetHours), breached);
            }
        }

        return new BacktestFigures(ordered.Count, promised, settled, latestHeld, likelyHeld, forecast, baseRate, share, breaches);
    }

    /// <summary>
    /// The model as it stood at <paramref name="nowB"/>: learnt on the requests (ordered by filing) filed in the
    /// window before it, done ones with their turnaround and open ones as running so far, with the provider's
    /// recent throughput.
    /// </summary>
    public static ForecastModel Learn(IReadOnlyList<BacktestRequest> ordered, double nowB, ForecastSettings settings)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var samples = new List<ClockSample>();
        var done = 0;
        foreach (var r in ordered)
        {
            if (r.FiledB >= nowB)
            {
                break;
            }

            if (r.DoneB is { } finished && finished <= nowB && finished > nowB - ThroughputHours)
            {
                done++;
            }

            if (r.FiledB < nowB - WindowHours)
            {
                continue;
            }

            samples.Add(r.DoneB is { } end && end <= nowB
                ? new ClockSample(r.ServiceId, r.QueueAhead, end - r.FiledB, true, r.TargetHours)
                : new ClockSample(r.ServiceId, r.QueueAhead, nowB - r.FiledB, false, r.TargetHours));
        }

        return ForecastModel.Learn(samples, done / Math.Min(ThroughputHours, Math.Max(nowB, 1)), settings);
    }
}
