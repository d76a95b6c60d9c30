namespace Catalog.Domain.Sla;

/// <summary>What an action does to one clock; see <see cref="ClockRules.Effect"/> and <see cref="SlaClockState.Apply"/>.</summary>
public enum ClockEffect
{
    /// <summary>Nothing changes.</summary>
    None = 0,

    /// <summary>Opens a new span, reviving the clock if it was stopped (a reopened request's resolution clock).</summary>
    Start = 1,

    /// <summary>Closes the running span; the clock can resume.</summary>
    Pause = 2,

    /// <summary>Opens a new span on a paused clock; a stopped clock stays stopped.</summary>
    Resume = 3,

    /// <summary>Closes the running span, if any, and stops the clock for good (until a <see cref="Start"/>).</summary>
    Stop = 4,
}
