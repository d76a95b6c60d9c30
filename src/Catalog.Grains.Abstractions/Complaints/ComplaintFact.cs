using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>
/// One complaint as other reports read it (scorecards, the annual review): see
/// <see cref="IComplaintDeskGrain.FactsAsync"/> and <see cref="ComplaintGrainFactoryExtensions.ComplaintFactsAsync"/>.
/// </summary>
/// <param name="Id">The complaint.</param>
/// <param name="ServiceId">The service complained about.</param>
/// <param name="ProviderDepartmentId">Its provider.</param>
/// <param name="ClientDepartmentId">The complainant's department.</param>
/// <param name="RequestId">The request complained about, if any.</param>
/// <param name="Cause">The cause.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="AcknowledgedAt">When it was acknowledged, if it was.</param>
/// <param name="AnsweredAt">When it was answered, if it was.</param>
/// <param name="ResolvedAt">When it was resolved, if it was.</param>
/// <param name="Resolution">How, if resolved.</param>
/// <param name="HighestLevel">The highest escalation level it reached (Agent: never escalated).</param>
/// <param name="AcknowledgeDueAt">The standard's acknowledgement deadline from filing.</param>
/// <param name="AnswerDueAt">The standard's answer deadline from filing.</param>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintFact")]
public sealed record ComplaintFact(
    [property: Id(0)] string Id,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string ProviderDepartmentId,
    [property: Id(3)] string ClientDepartmentId,
    [property: Id(4)] string? RequestId,
    [property: Id(5)] ComplaintCause Cause,
    [property: Id(6)] DateTimeOffset FiledAt,
    [property: Id(7)] DateTimeOffset? AcknowledgedAt,
    [property: Id(8)] DateTimeOffset? AnsweredAt,
    [property: Id(9)] DateTimeOffset? ResolvedAt,
    [property: Id(10)] ResolutionKind? Resolution,
    [property: Id(11)] ComplaintLevel HighestLevel,
    [property: Id(12)] DateTimeOffset AcknowledgeDueAt,
    [property: Id(13)] DateTimeOffset AnswerDueAt)
{
    /// <summary>The fact as the complaints report counts it.</summary>
    public ComplaintTally ToTally() => new(
        ServiceId,
        ProviderDepartmentId,
        Cause,
        FiledAt,
        AcknowledgedAt is { } acknowledged && acknowledged <= AcknowledgeDueAt,
        AnsweredAt is { } answered && answered <= AnswerDueAt,
        HighestLevel > ComplaintLevel.Agent,
        Resolution);
}
