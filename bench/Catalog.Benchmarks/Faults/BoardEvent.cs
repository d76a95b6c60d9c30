namespace Catalog.Benchmarks.Faults;

/// <summary>The part of a live event the benchmark reads: kind, request, its sequence, when it happened, and for a breach the clock and its target.</summary>
public sealed record BoardEvent(string Type, string RequestId, long Sequence, DateTimeOffset At, string? Clock, DateTimeOffset? DueAt);
