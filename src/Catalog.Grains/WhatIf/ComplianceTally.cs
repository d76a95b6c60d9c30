using Catalog.Catalogue;
using Catalog.Domain.Scorecards;
using Catalog.WhatIf;

namespace Catalog.Grains.WhatIf;

/// <summary>Adds up the replayed clocks of a quarter's requests into compliance per clock, now and under the change.</summary>
internal static class ComplianceTally
{
    /// <summary>One row per clock kind that any request ran, in clock order.</summary>
    public static ComplianceComparison[] Of(IEnumerable<RequestWhatIf> requests)
    {
        var outcomes = requests.SelectMany(r => r.Outcomes).ToArray();
        return [.. outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => new ComplianceComparison(
            g.Key,
            g.Count(o => o.Now == ClockOutcome.Met),
            g.Count(o => o.Now is ClockOutcome.Met or ClockOutcome.Breached),
            g.Count(o => o.Draft == ClockOutcome.Met),
            g.Count(o => o.Draft is ClockOutcome.Met or ClockOutcome.Breached)))];
    }
}
