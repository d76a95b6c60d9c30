using Catalog.Domain.Requests;

namespace Catalog.Approvals;

/// <summary>A person's right to decide an approval: as a manager (<see cref="ForManager"/> null) or standing in for one.</summary>
[GenerateSerializer, Immutable, Alias("catalog.DecisionRight")]
public sealed record DecisionRight([property: Id(0)] string UserId, [property: Id(1)] string? ForManager)
{
    /// <summary>The decider as the request's rules take it.</summary>
    public ApprovalDecider ToDecider() => new(UserId, ForManager);
}
