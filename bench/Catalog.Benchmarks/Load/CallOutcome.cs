namespace Catalog.Benchmarks.Load;

/// <summary>One HTTP call of the load benchmark: whether it got a 2xx, what it answered, how long it took.</summary>
public sealed record CallOutcome(bool Succeeded, string Answer, double Milliseconds, string? RequestId = null);
