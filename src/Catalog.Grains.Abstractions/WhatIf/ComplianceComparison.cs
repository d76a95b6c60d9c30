using Catalog.Catalogue;

namespace Catalog.WhatIf;

/// <summary>
/// One clock's compliance over the last quarter's requests: clocks met among those decided (met or breached), replayed
/// under the terms and calendar in force, then under the change.
/// </summary>
[GenerateSerializer, Immutable, Alias("catalog.ComplianceComparison")]
public sealed record ComplianceComparison(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] int MetNow,
    [property: Id(2)] int DecidedNow,
    [property: Id(3)] int MetDraft,
    [property: Id(4)] int DecidedDraft)
{
    /// <summary>The share met now; null when none was decided.</summary>
    public double? RateNow => DecidedNow == 0 ? null : (double)MetNow / DecidedNow;

    /// <summary>The share met under the change; null when none was decided.</summary>
    public double? RateDraft => DecidedDraft == 0 ? null : (double)MetDraft / DecidedDraft;
}
