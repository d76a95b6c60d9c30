namespace Catalog.Scorecards;

/// <summary>One complaint as the scorecards and the review count it, written whole on every change.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="RequestId">The request it is about; null for a complaint about a service.</param>
/// <param name="Cause">The cause chosen from the policy's list.</param>
/// <param name="AcknowledgedInTime">Acknowledged within its standard; null while it still may be.</param>
/// <param name="AnsweredInTime">Answered within its standard; null while it still may be.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
/// <param name="ResolutionKind">Explanation, redo, credit, change of practice…; null until resolved.</param>
[GenerateSerializer, Immutable, Alias("catalog.ScorecardComplaintFact")]
public sealed record ComplaintFact(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string? RequestId,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] string ProviderDepartmentId,
    [property: Id(4)] string ClientDepartmentId,
    [property: Id(5)] string Cause,
    [property: Id(6)] DateTimeOffset FiledAt,
    [property: Id(7)] bool? AcknowledgedInTime,
    [property: Id(8)] bool? AnsweredInTime,
    [property: Id(9)] DateTimeOffset? ResolvedAt,
    [property: Id(10)] string? ResolutionKind);
