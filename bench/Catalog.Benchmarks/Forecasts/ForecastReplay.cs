using Catalog.Domain.Forecasts;

namespace Catalog.Benchmarks.Forecasts;

/// <summary>
/// Replays a <see cref="SyntheticHistory"/> through <see cref="ForecastModel"/> as Catalog would have lived it: each
/// request gets its promise when filed, from a model learnt only on what was known then (the provider's requests
/// of the last ten business weeks: done ones with their turnaround, open ones as still running); twice a business
/// day every open request gets a breach probability for its resolution clock, and the Brier scores of that forecast,
/// of the base rate and of the share-of-target rule are kept on the same moments.
/// </summary>
public static class ForecastReplay
{
    /// <summary>Business hours of history the model learns from.</summary>
    public const double WindowHours = 350;

    /// <summary>Business hours over which throughput is measured.</summary>
    public const double ThroughputHours = 70;

    /// <summary>Business hours between two breach snapshots.</summary>
    public const double SnapshotHours = 3.5;

    /// <summary>The figures of one replay.</summary>
    public sealed record Figures(
        int Requests, int Promised, int LatestHeld, int LikelyHeld,
        BrierScore Forecast, BrierScore BaseRate, BrierScore ShareOfTarget, int Breaches, int Snapshots)
    {
        /// <summary>Share of promised requests done by their 90 % date.</summary>
        public double LatestCoverage => (double)LatestHeld / Math.Max(1, Promised);

        /// <summary>Share of promised requests done by their 50 % date.</summary>
        public double LikelyCoverage => (double)LikelyHeld / Math.Max(1, Promised);
    }

    /// <summary>Replays <paramref name="history"/>.</summary>
    public static Figures Run(SyntheticHistory history, ForecastSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        int promised = 0, latestHeld = 0, likelyHeld = 0, breaches = 0, snapshots = 0;
        BrierScore forecast = new(), baseRate = new(), share = new();
        foreach (var group in history.Requests.GroupBy(r => r.Provider))
        {
            var requests = group.OrderBy(r => r.FiledB).ThenBy(r => r.FiledAt).ToList();
            var provider = history.Providers[group.Key];
            foreach (var request in requests)
            {
                var model = Learn(requests, request.FiledB, settings);
                if (model.Turnaround(0.5, request.ServiceId, request.QueueAhead) is not { } likely
                    || model.Turnaround(0.9, request.ServiceId, request.QueueAhead) is not { } latest)
                {
                    continue;
                }

                var range = PromiseRange.Of(likely, latest, request.FiledAt, provider, history.Clients[request.Client]);
                promised++;
                latestHeld += request.ResolvedAt <= range.Latest ? 1 : 0;
                likelyHeld += request.ResolvedAt <= range.Likely ? 1 : 0;
            }

            var end = requests.Max(r => r.DoneB);
            for (var now = SnapshotHours; now < end; now += SnapshotHours)
            {
                var model = Learn(requests, now, settings);
                if (!model.IsUsable)
                {
                    continue;
                }

                snapshots++;
                var ahead = 0;
                foreach (var request in requests)
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
                    if (elapsed >= request.TargetHours)
                    {
                        continue;
                    }

                    var queue = QueueAhead.Effective(request.QueueAhead, aheadNow, elapsed, model.ThroughputPerHour);
                    var breached = request.Breached;
                    breaches += breached ? 1 : 0;
                    forecast.Add(model.BreachProbability(request.ServiceId, queue, elapsed, request.TargetHours), breached);
                    baseRate.Add(model.BaseRate, breached);
                    share.Add(BrierScore.ShareOfTarget(elapsed, request.TargetHours), breached);
                }
            }
        }

        return new Figures(history.Requests.Count, promised, latestHeld, likelyHeld, forecast, baseRate, share, breaches, snapshots);
    }

    // What the provider knew at `now`: its requests filed in the window, done ones with their turnaround, open
    // ones as running so far; and how many it finished per business hour lately.
    private static ForecastModel Learn(List<SyntheticRequest> requests, double now, ForecastSettings settings)
    {
        var samples = new List<ClockSample>();
        var done = 0;
        foreach (var r in requests)
        {
            if (r.FiledB >= now)
            {
                break;
            }

            if (r.DoneB <= now && r.DoneB > now - ThroughputHours)
            {
                done++;
            }

            if (r.FiledB < now - WindowHours)
            {
                continue;
            }

            samples.Add(r.DoneB <= now
                ? new ClockSample(r.ServiceId, r.QueueAhead, r.Turnaround, true, r.TargetHours)
                : new ClockSample(r.ServiceId, r.QueueAhead, now - r.FiledB, false, r.TargetHours));
        }

        return ForecastModel.Learn(samples, done / Math.Min(ThroughputHours, Math.Max(now, 1)), settings);
    }
}
