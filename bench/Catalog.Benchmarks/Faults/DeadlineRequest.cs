namespace Catalog.Benchmarks.Faults;

/// <summary>A request filed to breach: its provider, when its filing was answered, and its acknowledgement deadline.</summary>
public sealed record DeadlineRequest(string Id, string ProviderDepartmentId, DateTimeOffset FiledAt, DateTimeOffset DueAt);
