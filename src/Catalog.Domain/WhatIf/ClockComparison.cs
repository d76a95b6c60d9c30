namespace Catalog.Domain.WhatIf;

/// <summary>One clock of a request before and after a change (a new agreement version or calendar).</summary>
/// <param name="Before">As it stands now.</param>
/// <param name="After">As it would stand with the change applied.</param>
public sealed record ClockComparison(ClockForecast Before, ClockForecast After)
{
    /// <summary>Whether the change moves its due instant or its standing (a new target alone moves neither).</summary>
    public bool Changed => Before.DueAt != After.DueAt || Before.Standing != After.Standing;
}
