namespace Catalog.Benchmarks.Faults;

/// <summary>An answered attempt of a loop's call, recorded as it happens.</summary>
public sealed record LoopAttempt(int Loop, string Action, CallAttempt Attempt);
