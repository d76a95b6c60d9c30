using System.Diagnostics;

namespace Catalog.Benchmarks.Load;

/// <summary>What a closed loop did in its measured window.</summary>
/// <param name="Concurrency">Loops.</param>
/// <param name="PerSecond">Successful calls completed in the window, per second.</param>
/// <param name="Latencies">Calls started and completed in the window.</param>
/// <param name="Use">What the window cost (storage requests, CPU).</param>
public sealed record LoopResult(int Concurrency, double PerSecond, Latencies Latencies, ResourceUse Use);

/// <summary>
/// A closed loop: <c>concurrency</c> workers each make a call, wait for its answer, make the next. The first
/// <c>warmup</c> is not counted; the window after it is measured (calls started and answered in it) with a
/// <see cref="ResourceMeter"/> window over exactly the same span.
/// </summary>
public static class ClosedLoop
{
    /// <summary>Runs the loop; <paramref name="call"/> gets the worker and its call number.</summary>
    public static async Task<LoopResult> RunAsync(
        int concurrency, TimeSpan warmup, TimeSpan duration, ResourceMeter meter, Func<int, int, Task<CallOutcome>> call)
    {
        var latencies = new Latencies();
        var started = Stopwatch.GetTimestamp();
        var windowStart = started + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var windowEnd = windowStart + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var successes = 0;
        var metering = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            var window = meter.Begin();
            await Task.Delay(duration);
            return window.End();
        });
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; Stopwatch.GetTimestamp() < windowEnd; n++)
            {
                var at = Stopwatch.GetTimestamp();
                var outcome = await call(worker, n);
                if (at >= windowStart && Stopwatch.GetTimestamp() <= windowEnd)
                {
                    latencies.Add(outcome);
                    if (outcome.Succeeded)
                    {
                        Interlocked.Increment(ref successes);
                    }
                }
            }
        })));
        var use = await metering;
        return new LoopResult(concurrency, successes / duration.TotalSeconds, latencies, use);
    }
}
