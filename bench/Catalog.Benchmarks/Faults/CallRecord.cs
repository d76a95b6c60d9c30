namespace Catalog.Benchmarks.Faults;

/// <summary>
/// One logical call of a client loop (file a request, acknowledge it, start it), with every attempt it took: the
/// same Idempotency-Key on each, so a retry is never taken twice.
/// </summary>
/// <param name="Loop">Which client loop made it.</param>
/// <param name="Action">"file", "acknowledge" or "start".</param>
/// <param name="Key">The Idempotency-Key of every attempt.</param>
/// <param name="RequestId">The request (for a filing: the id the 2xx answer named, else null).</param>
/// <param name="Attempts">Every attempt, in order.</param>
public sealed record CallRecord(int Loop, string Action, string Key, string? RequestId, IReadOnlyList<CallAttempt> Attempts)
{
    /// <summary>When the first attempt was sent.</summary>
    public DateTimeOffset Start => Attempts[0].Start;

    /// <summary>When the last attempt was answered.</summary>
    public DateTimeOffset End => Attempts[^1].End;

    /// <summary>Whether the call ended with a 2xx.</summary>
    public bool Succeeded => Attempts[^1].Succeeded;
}
