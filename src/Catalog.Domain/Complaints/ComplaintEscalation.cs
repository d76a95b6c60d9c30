namespace Catalog.Domain.Complaints;

/// <summary>One step up the path: the level it left, the level it reached, when, and which deadline was missed.</summary>
public sealed record ComplaintEscalation(ComplaintLevel From, ComplaintLevel To, DateTimeOffset At, ComplaintMiss Missed);
