namespace Catalog.Domain.Scorecards;

/// <summary>One complaint as the scorecards count it.</summary>
/// <param name="Cause">The cause chosen from the complaint policy's list.</param>
/// <param name="AnsweredInTime">Acknowledged and answered within the complaint standard; null while still open in time.</param>
public sealed record ScoredComplaint(
    string ComplaintId, string ServiceId, string ProviderDepartmentId, string ClientDepartmentId, string Cause,
    DateTimeOffset FiledAt, bool? AnsweredInTime);
