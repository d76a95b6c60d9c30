using Catalog.Forecasts;
using Catalog.Web.Live;

namespace Catalog.Web.Forecasts;

/// <summary>The browser's shape of the forecast's live event (part of the browser contract: never rename the type).</summary>
public static class ForecastLiveEvents
{
    /// <summary>The <see cref="LiveEvent.Type"/> of <see cref="BreachLikely"/>: a clock will likely breach, said before the at-risk warning.</summary>
    public const string BreachLikely = "breachLikely";

    /// <summary>The live event of <paramref name="e"/>: its clock and due instant; the probability is in the queue's forecast.</summary>
    public static LiveEvent Of(BreachLikely e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new LiveEvent(BreachLikely, e.RequestId, e.ProviderDepartmentId, e.ClientDepartmentId, e.Sequence, e.At,
            e.Clock, e.ProviderDepartmentId, e.DueAt, null, null, null, null, e.Summary);
    }
}
