using System.Diagnostics;
using System.Globalization;
using Catalog.Domain.Forecasts;

namespace Catalog.Benchmarks.Forecasts;

/// <summary>
/// <c>forecast-quality [--requests 10000] [--seed 20261207]</c>: replays a synthetic history through the promised
/// date and breach forecast (<see cref="Backtest"/>, the same replay the managers' page runs on stored history) and prints how often the 90 % and 50 % dates held and
/// the Brier scores of the breach forecast, the base rate and the share-of-target rule. Exits 1 when the 90 %
/// coverage leaves 85–95 % or the forecast does not beat both rules.
/// </summary>
public static class ForecastQualityBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    public static int Run(string[] args)
    {
        var count = Option(args, "--requests", 10_000);
        var seed = Option(args, "--seed", 20261207);
        var watch = Stopwatch.StartNew();
        var history = SyntheticHistory.Generate(count, seed);
        var figures = Replay(history);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"forecast-quality: {history.Requests.Count} synthetic requests (seed {seed}), 3 providers, 4 client departments, {history.Requests.Min(r => r.FiledAt):yyyy-MM-dd} to {history.Requests.Max(r => r.ResolvedAt):yyyy-MM-dd}"));
        Console.WriteLine(string.Create(ci, $"  breached (resolution clock): {history.Requests.Count(r => r.Breached) / (double)history.Requests.Count:P1}; mean queue ahead at filing {history.Requests.Average(r => r.QueueAhead):F1}, max {history.Requests.Max(r => r.QueueAhead)}"));
        Console.WriteLine(string.Create(ci, $"  promised at filing: {figures.Promised} requests (the first ones had no history)"));
        Console.WriteLine(string.Create(ci, $"  90 % date held:     {figures.LatestCoverage:P1}   (must be 85-95 %)"));
        Console.WriteLine(string.Create(ci, $"  50 % date held:     {figures.LikelyCoverage:P1}"));
        Console.WriteLine(string.Create(ci, $"  breach forecasts scored: {figures.Forecast.Count} (each open request twice a business day; {figures.Breaches / (double)Math.Max(1, figures.Forecast.Count):P1} went on to breach)"));
        Console.WriteLine(string.Create(ci, $"  Brier score, forecast:        {figures.Forecast.Value:F4}"));
        Console.WriteLine(string.Create(ci, $"  Brier score, base rate:       {figures.BaseRate.Value:F4}"));
        Console.WriteLine(string.Create(ci, $"  Brier score, share of target: {figures.ShareOfTarget.Value:F4}"));
        Console.WriteLine(string.Create(ci, $"  ({watch.Elapsed.TotalSeconds:F1} s)"));
        var pass = figures.LatestCoverage is >= 0.85 and <= 0.95
            && figures.Forecast.Value < figures.BaseRate.Value && figures.Forecast.Value < figures.ShareOfTarget.Value;
        Console.WriteLine(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    // Each provider's requests replayed on their own, figures summed.
    private static BacktestFigures Replay(SyntheticHistory history)
    {
        var parts = history.Requests.GroupBy(r => r.Provider).Select(group =>
        {
            var requests = group.Select(r => new BacktestRequest(
                r.ServiceId, r.FiledAt, r.FiledB, r.DoneB, r.ResolvedAt, r.TargetHours, r.QueueAhead, history.Clients[r.Client])).ToList();
            return Backtest.Run(requests, history.Providers[group.Key], group.Max(r => r.DoneB), ForecastSettings.Default);
        }).ToList();
        BrierScore forecast = new(), baseRate = new(), share = new();
        foreach (var part in parts)
        {
            forecast.Merge(part.Forecast);
            baseRate.Merge(part.BaseRate);
            share.Merge(part.ShareOfTarget);
        }

        return new BacktestFigures(
            parts.Sum(p => p.Requests), parts.Sum(p => p.Promised), parts.Sum(p => p.PromisesSettled), parts.Sum(p => p.LatestHeld),
            parts.Sum(p => p.LikelyHeld), forecast, baseRate, share, parts.Sum(p => p.Breaches));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
