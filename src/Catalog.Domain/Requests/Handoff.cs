namespace Catalog.Domain.Requests;

/// <summary>
/// A transfer of the request to another agent or another department. The standard (seed 004, courtesy) allows one:
/// every further transfer needs a reason and counts against the provider that made it (<see cref="BeyondStandard"/>).
/// </summary>
/// <param name="Number">1 for the first transfer, then 2, 3…</param>
/// <param name="At">When.</param>
/// <param name="By">Who transferred it.</param>
/// <param name="FromDepartmentId">The provider department before.</param>
/// <param name="ToDepartmentId">The provider department after (the same for a transfer between agents).</param>
/// <param name="FromAgent">The agent it was assigned to before, if any.</param>
/// <param name="ToAgent">The agent it is assigned to now, if any (none after a transfer to another department).</param>
/// <param name="Reason">Why; required from the second transfer on.</param>
/// <param name="BeyondStandard">A second or later transfer: it counts against <see cref="FromDepartmentId"/>.</param>
public sealed record Handoff(
    int Number, DateTimeOffset At, string By, string FromDepartmentId, string ToDepartmentId, string? FromAgent, string? ToAgent,
    string? Reason, bool BeyondStandard);
