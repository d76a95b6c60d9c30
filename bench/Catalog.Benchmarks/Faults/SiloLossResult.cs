namespace Catalog.Benchmarks.Faults;

/// <summary>What the silo-loss scenario leaves for the checks at the end of the run.</summary>
/// <param name="Victim">The silo killed.</param>
/// <param name="KilledAt">When.</param>
/// <param name="Ledger">The loops' calls.</param>
/// <param name="Check">What reading them back found.</param>
/// <param name="Probe">The deadline requests and when their breaches were seen.</param>
public sealed record SiloLossResult(int Victim, DateTimeOffset KilledAt, CallLedger Ledger, LossCheck Check, DeadlineProbe Probe);
