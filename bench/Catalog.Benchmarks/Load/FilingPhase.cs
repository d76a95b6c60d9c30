using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// Filing over HTTP as the seven departments' requesters: closed loops at each concurrency (the one named by
/// <c>--count-at</c> also counts storage requests and CPU), then an open loop at half the best closed-loop rate.
/// </summary>
public static class FilingPhase
{
    /// <summary>The closed loops, each printed with its ratio to the raw loop of the same concurrency.</summary>
    public static async Task<IReadOnlyList<LoopResult>> ClosedAsync(
        LoadPlatform platform, LoadSession session, LoadOptions options, IReadOnlyList<LoopResult> raw, LoadReport report)
    {
        var results = new List<LoopResult>();
        foreach (var concurrency in options.Concurrencies)
        {
            var tag = F($"closed{concurrency}-{Guid.NewGuid():N}")[..20];
            var profiler = options.ProfileTo is { } folder && concurrency == options.CountAt
                ? Profiler.Start(folder, platform.Processes, TimeSpan.FromSeconds(1 + options.FilingSeconds))
                : null;
            var result = await ClosedLoop.RunAsync(concurrency, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(options.FilingSeconds), platform.Meter,
                (worker, n) => FileAsync(session, worker, n, F($"{tag}-{worker}-{n}")));
            results.Add(result);
            if (profiler is not null)
            {
                await profiler.FinishAsync(report, result.PerSecond * options.FilingSeconds);
            }

            var rawLoop = raw.FirstOrDefault(r => r.Concurrency == concurrency);
            report.Figure(F($"filing c={concurrency}"), F($"{result.PerSecond:N0}/s, {result.Latencies}"),
                OfRaw(result.PerSecond, rawLoop?.PerSecond ?? 0) + (rawLoop is null ? "" : F($"; p50 {TimesRaw(result.Latencies.P(0.5), rawLoop.Latencies.P(0.5))}")));
        }

        return results;
    }

    /// <summary>The open loop at <paramref name="rate"/> a second.</summary>
    public static async Task<OpenLoopResult> OpenAsync(LoadSession session, double rate, LoadOptions options, LoopResult? raw, LoadReport report)
    {
        var tag = F($"open-{Guid.NewGuid():N}")[..16];
        var result = await OpenLoop.RunAsync(rate, TimeSpan.FromSeconds(options.OpenLoopSeconds),
            (k, due) => FileAsync(session, k, k / session.Departments.Count, F($"{tag}-{k}"), due));
        report.Figure(F($"filing open loop at {rate:N0}/s for {options.OpenLoopSeconds} s"),
            F($"{result.Latencies} from the instant due; {result.PerSecond:N0}/s served; {result.LateStarts} sent >5 ms late"),
            raw is null ? "" : F($"p99 {TimesRaw(result.Latencies.P(0.99), raw.Latencies.P(0.99), "raw upsert's p99 at c=1")}"));
        return result;
    }

    private static Task<CallOutcome> FileAsync(LoadSession session, int worker, int n, string key, long? due = null)
    {
        var pair = session.Next(worker, n);
        return LoadCalls.FileAsync(session.Requesters[pair.Client], pair.ServiceId, key, due);
    }
}
