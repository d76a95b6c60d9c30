using Catalog.Catalogue;

namespace Catalog.Domain.Requests;

/// <summary>A threshold a clock crossed, recorded now at the instant it was reached.</summary>
/// <param name="Clock">Which clock.</param>
/// <param name="Breach">Breached (true) or at risk (false).</param>
/// <param name="At">The instant the threshold was reached.</param>
/// <param name="DueAt">The instant the clock's target is (or was) reached.</param>
/// <param name="HolderDepartmentId">The department holding the clock.</param>
public sealed record ClockCrossing(ClockKind Clock, bool Breach, DateTimeOffset At, DateTimeOffset DueAt, string HolderDepartmentId);
