using System.Diagnostics;

namespace Catalog.Benchmarks.Load;

/// <summary>What an open loop did.</summary>
/// <param name="Rate">Calls a second it was asked for.</param>
/// <param name="Latencies">From the instant each call was due to its answer.</param>
/// <param name="PerSecond">Successful calls a second over the loop (first due to last answer).</param>
/// <param name="LateStarts">Calls sent more than 5 ms after they were due (the sender could not keep up).</param>
public sealed record OpenLoopResult(double Rate, Latencies Latencies, double PerSecond, int LateStarts);

/// <summary>
/// An open loop: call k is due at start + k / rate whatever the earlier calls are doing, and its latency counts from
/// that instant, so a slow answer shows in every call queued behind it (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    /// <summary>Runs <paramref name="rate"/> calls a second for <paramref name="duration"/>; <paramref name="call"/> gets the call number and its due timestamp.</summary>
    public static async Task<OpenLoopResult> RunAsync(double rate, TimeSpan duration, Func<int, long, Task<CallOutcome>> call)
    {
        var latencies = new Latencies();
        var count = (int)(rate * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var calls = new List<Task>(count);
        var late = 0;
        for (var k = 0; k < count; k++)
        {
            var due = start + (long)(k / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            if (Stopwatch.GetElapsedTime(due) > TimeSpan.FromMilliseconds(5))
            {
                late++;
            }

            var number = k;
            calls.Add(Task.Run(async () => latencies.Add(await call(number, due))));
        }

        await Task.WhenAll(calls);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new OpenLoopResult(rate, latencies, latencies.Count / elapsed.TotalSeconds, late);
    }
}
