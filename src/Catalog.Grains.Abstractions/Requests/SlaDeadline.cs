using Catalog.Catalogue;

namespace Catalog.Requests;

/// <summary>An instant when a request's clock becomes at risk or breached, if nothing happens before.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SlaDeadline")]
public sealed record SlaDeadline(
    [property: Id(0)] ClockKind Clock,
    [property: Id(1)] SlaDeadlineKind Kind,
    [property: Id(2)] DateTimeOffset At);

/// <summary>Which threshold a deadline is.</summary>
[GenerateSerializer, Alias("catalog.SlaDeadlineKind")]
public enum SlaDeadlineKind
{
    /// <summary>The warning threshold (75 % of the target by default).</summary>
    AtRisk = 0,

    /// <summary>The target itself.</summary>
    Breach = 1,
}

/// <summary>What a monitor watches.</summary>
[GenerateSerializer, Immutable, Alias("catalog.SlaMonitorStatus")]
public sealed record SlaMonitorStatus(
    [property: Id(0)] int TrackedRequests,
    [property: Id(1)] int PendingDeadlines,
    [property: Id(2)] DateTimeOffset? Earliest);
