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
        var byAction = Actions.ToDictionary(a => a, _ => new Latencies(), StringComparer.Ordinal);
        var tag = F($"mixed-{Guid.NewGuid():N}")[..16];
        var end = Stopwatch.GetTimestamp() + (long)(options.MixedSeconds * (double)Stopwatch.Frequency);
        var window = platform.Meter.Begin();
        var rounds = new ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, options.MixedConcurrency).Select(worker => Task.Run(async () =>
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

                byAction["queue read"].Add(await ReadKind.ProviderQueue.Read(session, pair.Provider, options.Page));
                byAction["board read"].Add(await ReadKind.Board.Read(session, pair.Provider, options.Page));
            }

            rounds.Add(n);
        })));
        var use = window.End();
        var rawP50 = raw?.Latencies.P(0.5) ?? 0;
        report.Line(F($"  {options.MixedConcurrency} loops for {use.Elapsed.TotalSeconds:N0} s, {rounds.Sum()} rounds"));
        foreach (var action in Actions)
        {
            var latencies = byAction[action];
            report.Figure(F($"mixed c={options.MixedConcurrency}: {action}"), latencies.ToString(),
                F($"{latencies.Count / use.Elapsed.TotalSeconds:N0}/s; p50 {TimesRaw(latencies.P(0.5), rawP50)} at c=1"));
        }

        report.Line("  CPU over the day: " + string.Join(", ", use.Cpu.Select(c => F($"{c.Name} {c.Cpu.TotalSeconds / use.Elapsed.TotalSeconds:P0} of a core"))));
    }
}
