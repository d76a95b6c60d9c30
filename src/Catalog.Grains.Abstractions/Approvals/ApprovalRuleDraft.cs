namespace Catalog.Approvals;

/// <summary>A department's new approval rule.</summary>
[GenerateSerializer, Immutable, Alias("catalog.ApprovalRuleDraft")]
public sealed record ApprovalRuleDraft(
    [property: Id(0)] decimal Threshold,
    [property: Id(1)] string Currency,
    [property: Id(2)] double DecisionHours);
