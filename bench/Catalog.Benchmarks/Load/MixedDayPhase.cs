using System.Collections.Concurrent;
using System.Diagnostics;
using static Catalog.Benchmarks.Load.LoadReport;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// A working day in closed loops: each loop files a request as a client department's requester, then the provider's
/// agent acknowledges, starts and resolves it, reads the provider queue (a page, what is open) and the department's
/// board (what board.html loads for a department: its provider and client queues, 1,000 rows each), and again.
/// </summary>
public static class MixedDayPhase
{
    /// <summary>The actions, in the order printed.</summary>
    public static readonly string[] Actions = ["file", .. LoadVerbs.Work, "queue read", "board read"];

    /// <summary>Runs it and prints p50/p99 per action.</summary>
    public static async Task RunAsync(LoadPlatform platform, LoadSession session, LoadOptions options, LoopResult? raw, LoadReport report)
    {
        var window = platform.Meter.Begin();
        var (byAction, rounds) = await RoundsAsync(session, options.MixedConcurrency, TimeSpan.FromSeconds(options.MixedSeconds), options.Page, "mixed");
        var use = window.End();
        report.Line(F($"  {options.MixedConcurrency} loops for {use.Elapsed.TotalSeconds:N0} s, {rounds} rounds"));
        var rawP50 = raw?.Latencies.P(0.5) ?? 0;
        foreach (var action in Actions)
        {
            var latencies = byAction[action];
            report.Figure(F($"mixed c={options.MixedConcurrency}: {action}"), latencies.ToString(),
                F($"{latencies.Count / use.Elapsed.TotalSeconds:N0}/s; p50 {TimesRaw(latencies.P(0.5), rawP50)} at c=1"));
        }

        report.Line("  CPU over the day: " + string.Join(", ", use.Cpu.Select(c => F($"{c.Name} {c.Cpu.TotalSeconds / use.Elapsed.TotalSeconds:P0} of a core"))));
    }

    /// <summary>
    /// Rounds of the day in <paramref name="concurrency"/> loops for <paramref name="duration"/>: each action's
    /// latencies, and how many rounds were made. Also the warm-up before anything is measured.
    /// </summary>
    public static async Task<(Dictionary<string, Latencies> ByAction, int Rounds)> RoundsAsync(
        LoadSession session, int concurrency, TimeSpan duration, int page, string name)
    {
        var byAction = Actions.ToDictionary(a => a, _ => new Latencies(), StringComparer.Ordinal);
        var tag = F($"{name}-{Guid.NewGuid():N}")[..16];
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var rounds = new ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var n = 0;
            for (; Stopwatch.GetTimestamp() < end; n++)
            {
                var pair = session.Next(worker, n);
                var agent = session.Agents[pair.Provider];
                var key = F($"{tag}-{worker}-{n}");
                var filed = await LoadCalls.FileAsync(session.Requesters[pair.Client], pair.ServiceId, key);
                byAction["file"].Add(filed);
                if (filed.Succeeded)
                {
                    foreach (var verb in LoadVerbs.Work)
                    {
                        var acted = await LoadCalls.ActAsync(agent, filed.RequestId!, verb, key + "-" + verb);
                        byAction[verb].Add(acted);
                        if (!acted.Succeeded)
                        {
                            break;
                        }
                    }
                }

                byAction["queue read"].Add(await ReadKind.ProviderQueue.Read(session, pair.Provider, page));
                byAction["board read"].Add(await ReadKind.Board.Read(session, pair.Provider, page));
            }

            rounds.Add(n);
        })));
        return (byAction, rounds.Sum());
    }
}
