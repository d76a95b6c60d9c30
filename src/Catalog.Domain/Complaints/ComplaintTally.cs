namespace Catalog.Domain.Complaints;

/// <summary>One complaint as the report counts it.</summary>
/// <param name="ServiceId">The service complained about.</param>
/// <param name="ProviderDepartmentId">The department that provides it.</param>
/// <param name="Cause">The cause.</param>
/// <param name="FiledAt">When it was filed: the period it counts in.</param>
/// <param name="AcknowledgedInTime">Acknowledged within the standard's window of its filing.</param>
/// <param name="AnsweredInTime">Answered within the standard's window of its filing.</param>
/// <param name="Escalated">Moved past the agents at least once.</param>
/// <param name="Resolution">How it was resolved, or null while open.</param>
public sealed record ComplaintTally(
    string ServiceId,
    string ProviderDepartmentId,
    ComplaintCause Cause,
    DateTimeOffset FiledAt,
    bool AcknowledgedInTime,
    bool AnsweredInTime,
    bool Escalated,
    ResolutionKind? Resolution);
