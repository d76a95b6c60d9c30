namespace Catalog.Web.Live;

/// <summary>The values of <see cref="LiveEvent.Type"/>: part of the browser contract, never rename.</summary>
public static class LiveEventTypes
{
    /// <summary>A request was filed (<see cref="Catalog.Requests.RequestFiled"/>).</summary>
    public const string Filed = "filed";

    /// <summary>A request changed status or got a comment (<see cref="Catalog.Requests.RequestTransitioned"/>).</summary>
    public const string Transitioned = "transitioned";

    /// <summary>A clock passed its warning threshold (<see cref="Catalog.Requests.ClockAtRisk"/>).</summary>
    public const string AtRisk = "atRisk";

    /// <summary>A clock passed its target (<see cref="Catalog.Requests.ClockBreached"/>).</summary>
    public const string Breached = "breached";
}
