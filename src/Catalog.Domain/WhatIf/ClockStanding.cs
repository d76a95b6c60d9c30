namespace Catalog.Domain.WhatIf;

/// <summary>Where one clock of a request stands, as a what-if preview compares it before and after a change.</summary>
public enum ClockStanding
{
    /// <summary>It has not run yet.</summary>
    NotStarted = 0,

    /// <summary>Running or paused, before its warning threshold.</summary>
    OnTrack = 1,

    /// <summary>Past its warning threshold, not breached.</summary>
    AtRisk = 2,

    /// <summary>It reached its target.</summary>
    Breached = 3,

    /// <summary>It stopped within its target.</summary>
    Met = 4,

    /// <summary>It stopped without a verdict (the request was cancelled or closed first).</summary>
    Stopped = 5,
}
