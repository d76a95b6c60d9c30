using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// A request event as the browser gets it (camelCase JSON, enums as names). One flat shape for every kind, told
/// apart by <see cref="Type"/>; the fields a kind does not have are null.
/// </summary>
/// <param name="Type">One of <see cref="LiveEventTypes"/>: "filed", "transitioned", "atRisk" or "breached".</param>
/// <param name="RequestId">The request.</param>
/// <param name="ProviderDepartmentId">The department doing the work.</param>
/// <param name="ClientDepartmentId">The department that asked.</param>
/// <param name="Sequence">1 for the filing, then +1 per event of the request.</param>
/// <param name="At">When it happened, on the silo's clock.</param>
/// <param name="Clock">The clock that went at risk or breached (atRisk, breached).</param>
/// <param name="HolderDepartmentId">The department the clock counts against (atRisk, breached).</param>
/// <param name="DueAt">The clock's target (atRisk, breached).</param>
/// <param name="Action">What was done (transitioned).</param>
/// <param name="From">The status before (transitioned).</param>
/// <param name="To">The status after (transitioned; equal to From for a comment).</param>
/// <param name="By">Who did it (transitioned).</param>
/// <param name="Summary">
/// The request as queues list it, after the event, with what pages draw: its clocks read at <paramref name="At"/>, its
/// pause reason, each side's actions (<see cref="LiveReadings"/>).
/// </param>
/// <param name="Calendars">The business windows of the calendars its clocks run on, from the hour of <paramref name="At"/>.</param>
/// <param name="Reason">Why the request waits on its client (transitioned by WaitOnClient).</param>
/// <param name="Comment">The comment that came with it (transitioned), as the request's history shows it to both departments.</param>
/// <param name="Step">The step taken (transitioned by a quote, approval or transfer step), as the history names it.</param>
/// <param name="Board">
/// What the event changes in the SLA board's figures (<see cref="BoardShare"/>: empty when nothing moved), so the
/// board adds it to its cells; null when the web process cannot tell (the board then reads its figures again).
/// </param>
public sealed record LiveEvent(
    string Type,
    string RequestId,
    string ProviderDepartmentId,
    string ClientDepartmentId,
    long Sequence,
    DateTimeOffset At,
    ClockKind? Clock,
    string? HolderDepartmentId,
    DateTimeOffset? DueAt,
    RequestAction? Action,
    RequestStatus? From,
    RequestStatus? To,
    string? By,
    RequestSummary Summary,
    IReadOnlyList<BusinessWindow>? Calendars = null,
    PauseReason? Reason = null,
    string? Comment = null,
    string? Step = null,
    IReadOnlyList<BoardShare>? Board = null)
{
    /// <summary>The browser's shape of a stream event, or null for a kind the browser does not get.</summary>
    public static LiveEvent? FromRequestEvent(IRequestEvent requestEvent) => requestEvent switch
    {
        RequestFiled e => new(LiveEventTypes.Filed, e.RequestId, e.ProviderDepartmentId, e.ClientDepartmentId, e.Sequence, e.At,
            null, null, null, null, null, null, null, e.Summary),
        RequestTransitioned e => new(LiveEventTypes.Transitioned, e.RequestId, e.ProviderDepartmentId, e.ClientDepartmentId, e.Sequence, e.At,
            null, null, null, e.Transition.Action, e.Transition.From, e.Transition.To, e.Transition.By, e.Summary,
            Reason: e.Transition.Reason, Comment: e.Transition.Comment, Step: e.Transition.Step),
        ClockAtRisk e => new(LiveEventTypes.AtRisk, e.RequestId, e.ProviderDepartmentId, e.ClientDepartmentId, e.Sequence, e.At,
            e.Clock, e.HolderDepartmentId, e.DueAt, null, null, null, null, e.Summary),
        ClockBreached e => new(LiveEventTypes.Breached, e.RequestId, e.ProviderDepartmentId, e.ClientDepartmentId, e.Sequence, e.At,
            e.Clock, e.HolderDepartmentId, e.DueAt, null, null, null, null, e.Summary),
        Catalog.Forecasts.BreachLikely e => Forecasts.ForecastLiveEvents.Of(e),
        _ => null,
    };
}
