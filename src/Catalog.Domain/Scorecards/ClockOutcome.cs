namespace Catalog.Domain.Scorecards;

/// <summary>Where one SLA clock of a request ended up, as the scorecards count it. Stored as numbers: never renumber.</summary>
public enum ClockOutcome
{
    /// <summary>The clock has not started (e.g. a resolution clock waiting on a quote).</summary>
    NotStarted = 0,

    /// <summary>Running, within its target so far: not counted as met or breached yet.</summary>
    Running = 1,

    /// <summary>Stopped within its target.</summary>
    Met = 2,

    /// <summary>Passed its target (running or stopped).</summary>
    Breached = 3,

    /// <summary>The request was cancelled before the clock stopped: counted neither way.</summary>
    Cancelled = 4,
}
