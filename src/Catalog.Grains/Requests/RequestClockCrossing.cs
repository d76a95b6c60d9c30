using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>A threshold a clock crossed, recorded now at the instant it was reached.</summary>
/// <param name="Clock">Which clock.</param>
/// <param name="Threshold">At risk or breached.</param>
/// <param name="At">The instant the threshold was reached.</param>
/// <param name="DueAt">The instant the clock's target is (or was) reached.</param>
/// <param name="HolderDepartmentId">The department holding the clock.</param>
internal sealed record RequestClockCrossing(ClockKind Clock, SlaDeadlineKind Threshold, DateTimeOffset At, DateTimeOffset DueAt, string HolderDepartmentId)
{
    /// <summary>A threshold the request's rules recorded.</summary>
    public static RequestClockCrossing Of(Domain.Requests.ClockCrossing crossing) => new(
        crossing.Clock, crossing.Breach ? SlaDeadlineKind.Breach : SlaDeadlineKind.AtRisk, crossing.At, crossing.DueAt, crossing.HolderDepartmentId);

    /// <summary>The live event of this crossing for a request, numbered <paramref name="sequence"/>.</summary>
    public IRequestEvent ToEvent(RequestState request, long sequence, RequestSummary summary) => Threshold == SlaDeadlineKind.AtRisk
        ? new ClockAtRisk(request.Id!, request.ProviderDepartmentId, request.ClientDepartmentId, sequence, At, Clock, HolderDepartmentId, DueAt, summary)
        : new ClockBreached(request.Id!, request.ProviderDepartmentId, request.ClientDepartmentId, sequence, At, Clock, HolderDepartmentId, DueAt, summary);

    /// <summary>What this crossing counts for on the provider's SLA counters.</summary>
    public SlaOutcome ToOutcome(RequestState request) => new(
        request.Id!,
        request.ClientDepartmentId,
        Threshold == SlaDeadlineKind.AtRisk ? SlaOutcomeKind.AtRisk : SlaOutcomeKind.Breached,
        Clock,
        At);
}
