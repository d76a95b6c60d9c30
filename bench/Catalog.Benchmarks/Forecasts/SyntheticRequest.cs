namespace Catalog.Benchmarks.Forecasts;

/// <summary>
/// One request of the synthetic history. Times ending in <c>B</c> are business hours of the provider's calendar
/// since the history's origin (the coordinate its queue runs in); instants are real.
/// </summary>
public sealed record SyntheticRequest(
    int Provider,
    string ServiceId,
    double TargetHours,
    int Client,
    DateTimeOffset FiledAt,
    double FiledB,
    double DoneB,
    DateTimeOffset ResolvedAt)
{
    /// <summary>Business hours from filing to resolution (the resolution clock, no pauses).</summary>
    public double Turnaround => DoneB - FiledB;

    /// <summary>Whether the resolution clock breached its target.</summary>
    public bool Breached => Turnaround > TargetHours;

    /// <summary>Open requests of its provider filed before it, when it was filed.</summary>
    public int QueueAhead { get; set; }
}
