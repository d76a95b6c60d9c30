using System.Collections.Concurrent;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Every call the client loops of one scenario made, and every attempt as soon as it is answered (a call retried
/// for a minute is only a <see cref="CallRecord"/> at its end; its attempts show recovery as it happens).
/// </summary>
public sealed class CallLedger
{
    private readonly ConcurrentQueue<CallRecord> calls = new();
    private readonly ConcurrentQueue<LoopAttempt> attempts = new();

    /// <summary>Records a finished call.</summary>
    public void Add(CallRecord call) => calls.Enqueue(call);

    /// <summary>Records an answered attempt.</summary>
    public void Add(LoopAttempt attempt) => attempts.Enqueue(attempt);

    /// <summary>Every finished call so far.</summary>
    public IReadOnlyList<CallRecord> Calls => [.. calls];

    /// <summary>Every answered attempt so far, finished calls or not.</summary>
    public IReadOnlyList<LoopAttempt> Attempts => [.. attempts];
}
