using Catalog.Domain.Requests;

namespace Catalog.Domain.Sla;

/// <summary>
/// What one request counts for on the SLA board: it was filed; it is open while <see cref="RequestLifecycle.IsOpen"/>
/// (a resolved request still counts until closed); open at risk only while open; breached whatever its status. The
/// queue projections, the listings' figures and the live events' board changes all count with this one rule.
/// </summary>
/// <param name="Filed">1 for a request (a change of it: −1, 0 or +1).</param>
/// <param name="Open">Likewise for open.</param>
/// <param name="AtRisk">Likewise for open with a provider clock at risk.</param>
/// <param name="Breached">Likewise for breached.</param>
public readonly record struct BoardWeight(int Filed, int Open, int AtRisk, int Breached)
{
    /// <summary>What a request of <paramref name="status"/>, at risk or breached as given, counts for.</summary>
    public static BoardWeight Of(RequestStatus status, bool atRisk, bool breached)
    {
        var open = RequestLifecycle.IsOpen(status);
        return new(1, open ? 1 : 0, open && atRisk ? 1 : 0, breached ? 1 : 0);
    }

    /// <summary>What counting <paramref name="after"/> instead of <paramref name="before"/> adds.</summary>
    public static BoardWeight operator -(BoardWeight after, BoardWeight before) =>
        new(after.Filed - before.Filed, after.Open - before.Open, after.AtRisk - before.AtRisk, after.Breached - before.Breached);

    /// <summary>Nothing to count.</summary>
    public bool IsZero => Filed == 0 && Open == 0 && AtRisk == 0 && Breached == 0;
}
