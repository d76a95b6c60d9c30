using Catalog.Domain.Sla;

namespace Catalog.Domain.Requests;

/// <summary>One clock of a request: its terms, the department that answers for it, its run and whether it was met.</summary>
/// <param name="Terms">The terms it runs under.</param>
/// <param name="Owner">The department it belongs to (whose calendar measures it) when it started.</param>
/// <param name="Run">Its spans and the thresholds recorded against it; its target is in the measuring calendar's business time.</param>
public sealed class RequestClock(ClockTerms terms, string owner, SlaClockState run)
{
    /// <summary>The terms it runs under.</summary>
    public ClockTerms Terms { get; } = terms;

    /// <summary>The department it belonged to when it started.</summary>
    public string Owner { get; } = owner;

    /// <summary>Its spans, state and recorded thresholds.</summary>
    public SlaClockState Run { get; } = run;

    /// <summary>When it stopped within its target, once recorded.</summary>
    public DateTimeOffset? MetAt { get; set; }

    /// <summary>The department holding it now: its last span's, else its owner.</summary>
    public string Holder => Run.Spans.Count > 0 ? Run.Spans[^1].HolderDepartment : Owner;
}
