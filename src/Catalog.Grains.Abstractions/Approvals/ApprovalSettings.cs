namespace Catalog.Approvals;

/// <summary>A department's approval settings.</summary>
/// <param name="DepartmentId">The department.</param>
/// <param name="Threshold">From this amount a manager decides (seed 004: $150).</param>
/// <param name="Currency">The threshold's currency.</param>
/// <param name="DecisionHours">Business hours a manager has to decide (7: one business day of the seed's calendar).</param>
/// <param name="Substitutes">The substitutions named, current and planned.</param>
/// <param name="Version">Bumped by every change.</param>
[GenerateSerializer, Immutable, Alias("catalog.ApprovalSettings")]
public sealed record ApprovalSettings(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] decimal Threshold,
    [property: Id(2)] string Currency,
    [property: Id(3)] double DecisionHours,
    [property: Id(4)] IReadOnlyList<Substitute> Substitutes,
    [property: Id(5)] int Version)
{
    /// <summary>The seed's rule: $150 CAD, decided within a business day.</summary>
    public const decimal DefaultThreshold = 150m;

    /// <summary>One business day of the seed's calendar (8:30–12:00, 13:00–16:30).</summary>
    public const double DefaultDecisionHours = 7;
}
