using System.Collections.Concurrent;
using System.Diagnostics;
using Catalog.Benchmarks.Faults;

namespace Catalog.Benchmarks.Load;

/// <summary>Latency samples in milliseconds, added from any thread, and how many calls failed (not 2xx).</summary>
public sealed class Latencies
{
    private readonly ConcurrentQueue<double> samples = new();
    private readonly ConcurrentQueue<string> failures = new();

    /// <summary>The successful calls' latencies, ms.</summary>
    public IReadOnlyCollection<double> Samples => samples;

    /// <summary>What each failed call answered ("409", "timeout").</summary>
    public IReadOnlyCollection<string> Failures => failures;

    /// <summary>The number of successful calls.</summary>
    public int Count => samples.Count;

    /// <summary>The p-quantile, ms (NaN with no samples).</summary>
    public double P(double p) => FaultFigures.Percentile(samples, p);

    /// <summary>Milliseconds since a <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public static double Since(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>Adds a call's outcome.</summary>
    public void Add(CallOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            samples.Enqueue(outcome.Milliseconds);
        }
        else
        {
            failures.Enqueue(outcome.Answer);
        }
    }

    /// <summary>Adds a latency.</summary>
    public void Add(double milliseconds) => samples.Enqueue(milliseconds);

    /// <summary>"p50 12.3 ms, p99 45.6 ms (120 calls; 2 failed: 409 ×2)".</summary>
    public override string ToString() => Count == 0 && failures.IsEmpty
        ? "no calls"
        : FaultFigures.F($"p50 {P(0.5):N1} ms, p99 {P(0.99):N1} ms ({Count} calls") + (failures.IsEmpty ? ")" : FaultFigures.F($"; {failures.Count} failed: {FaultFigures.Histogram(failures)})"));
}
