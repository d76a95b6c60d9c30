namespace Catalog.Domain.Forecasts;

/// <summary>
/// One past (or still open) clock of a provider's request, as the forecast learns from it: how long it ran in the
/// provider's business time, how much work was ahead of it in the queue when it started, and its target.
/// </summary>
/// <param name="ServiceId">The service the request was filed for.</param>
/// <param name="QueueAhead">Open requests of the provider filed before it, when it was filed.</param>
/// <param name="ElapsedHours">Business hours it ran (pauses excluded): its whole duration once stopped, so far while open.</param>
/// <param name="Stopped">It stopped (met or breached); false while it still runs (a censored observation).</param>
/// <param name="TargetHours">Its target in business hours; null when the agreement sets none.</param>
public readonly record struct ClockSample(string ServiceId, double QueueAhead, double ElapsedHours, bool Stopped, double? TargetHours)
{
    /// <summary>It went past its target, or is past it while still running.</summary>
    public bool Breached => TargetHours is { } target && ElapsedHours > target;

    /// <summary>Whether its breach is settled: stopped, or past its target already.</summary>
    public bool BreachKnown => TargetHours is not null && (Stopped || Breached);
}
