using Catalog.Queues;

namespace Catalog.Web.Queues;

/// <summary>
/// The SLA board's figures: whose board it is (a department, or null for the organisation's), the period's start
/// (null: every request), and one row per provider and client pair with requests filed in the period.
/// </summary>
public sealed record BoardFigures(string? DepartmentId, DateTimeOffset? FiledSince, IReadOnlyList<PairFigures> Pairs);
