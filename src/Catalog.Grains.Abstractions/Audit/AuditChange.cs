namespace Catalog.Audit;

/// <summary>One field a change touched: its value before (null when it had none) and after (null when removed).</summary>
[GenerateSerializer, Immutable, Alias("catalog.AuditChange")]
public sealed record AuditChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Before,
    [property: Id(2)] string? After);
