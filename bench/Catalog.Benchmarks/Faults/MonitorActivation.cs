namespace Catalog.Benchmarks.Faults;

/// <summary>A silo's log said it activated a department's SLA monitor (reloading its deadlines) at <paramref name="At"/>.</summary>
public sealed record MonitorActivation(string DepartmentId, int Silo, DateTimeOffset At);
