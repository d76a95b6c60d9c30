namespace Catalog.Domain.Requests;

/// <summary>
/// A provider department's rule for accommodations and quotes (seed 004, flexibility): any employee decides alone
/// below <see cref="Threshold"/>; at or above it a manager decides, within <see cref="DecisionTime"/> of business time.
/// </summary>
/// <param name="Threshold">The amount from which a manager decides.</param>
/// <param name="Currency">The threshold's currency (ISO 4217).</param>
/// <param name="DecisionTime">How long a manager has to decide, in business time of the department's calendar.</param>
public sealed record ApprovalRule(decimal Threshold, string Currency, TimeSpan DecisionTime)
{
    /// <summary>The seed's rule: $150 CAD, decided within one business day.</summary>
    public static ApprovalRule Default(TimeSpan businessDay) => new(150m, "CAD", businessDay);

    /// <summary>
    /// Whether a manager decides: at or above the threshold, or in another currency than the threshold's (no
    /// conversion is guessed, so the cautious answer).
    /// </summary>
    public bool NeedsManager(decimal amount, string currency) =>
        amount >= Threshold || !string.Equals(currency, Currency, StringComparison.OrdinalIgnoreCase);
}
