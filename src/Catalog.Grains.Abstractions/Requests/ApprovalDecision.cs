namespace Catalog.Requests;

/// <summary>A manager (or their substitute) approves or rejects approval <see cref="Number"/>; a rejection says why.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ApprovalDecision")]
public sealed record ApprovalDecision(
    [property: Id(0)] int Number,
    [property: Id(1)] bool Approve,
    [property: Id(2)] string? Reason = null,
    [property: Id(3)] string? IdempotencyKey = null);
