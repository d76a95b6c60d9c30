using Catalog.Domain.Sla;
using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// What one request counts for on the SLA board's figures (<c>GET /api/board/figures</c>), or a change of it: its
/// provider and client pair, its filing instant (which periods it falls in), and its weight in filed, open, open at
/// risk and breached, counted by the rule the queue projections count with (<see cref="BoardWeight"/>). Live events
/// carry the difference, so the board adds it to the cell and knows no rule of its own.
/// </summary>
/// <param name="ProviderDepartmentId">The provider of the pair.</param>
/// <param name="ClientDepartmentId">The client of the pair.</param>
/// <param name="FiledAt">When the request was filed: the board adds the share only when the period holds it.</param>
/// <param name="Filed">1 for a request, or the change of it (−1, 0, +1).</param>
/// <param name="Open">Likewise for open.</param>
/// <param name="AtRisk">Likewise for open and at risk.</param>
/// <param name="Breached">Likewise for breached.</param>
public sealed record BoardShare(
    string ProviderDepartmentId,
    string ClientDepartmentId,
    DateTimeOffset FiledAt,
    int Filed,
    int Open,
    int AtRisk,
    int Breached)
{
    /// <summary>What <paramref name="row"/> (a request as its queue rows hold it) counts for.</summary>
    public static BoardShare Of(RequestSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var weight = BoardWeight.Of(row.Status, row.AtRisk, row.Breached);
        return new(row.ProviderDepartmentId, row.ClientDepartmentId, row.FiledAt, weight.Filed, weight.Open, weight.AtRisk, weight.Breached);
    }

    /// <summary>
    /// What the figures gain going from <paramref name="before"/> (null: the request was not counted) to
    /// <paramref name="after"/>: none when nothing moved, one share when the pair stayed, two (minus the old pair,
    /// plus the new one) when a transfer moved it.
    /// </summary>
    public static IReadOnlyList<BoardShare> Change(BoardShare? before, BoardShare after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is null)
        {
            return [after];
        }

        if (before.ProviderDepartmentId != after.ProviderDepartmentId || before.ClientDepartmentId != after.ClientDepartmentId
            || before.FiledAt != after.FiledAt)
        {
            return [before.Negated(), after];
        }

        var change = after with
        {
            Filed = after.Filed - before.Filed,
            Open = after.Open - before.Open,
            AtRisk = after.AtRisk - before.AtRisk,
            Breached = after.Breached - before.Breached,
        };
        return change.Filed == 0 && change.Open == 0 && change.AtRisk == 0 && change.Breached == 0 ? [] : [change];
    }

    private BoardShare Negated() => this with { Filed = -Filed, Open = -Open, AtRisk = -AtRisk, Breached = -Breached };
}
