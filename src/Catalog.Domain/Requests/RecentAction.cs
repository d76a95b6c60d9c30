namespace Catalog.Domain.Requests;

/// <summary>An action taken with an idempotency key: the key is the person's (<paramref name="By"/>).</summary>
/// <param name="Key">The idempotency key.</param>
/// <param name="By">Who sent it.</param>
/// <param name="Action">What it did (for a step, the action it is recorded under).</param>
/// <param name="Step">The step it was (a quote, an approval, a transfer…), null for a plain action.</param>
public sealed record RecentAction(string Key, string By, RequestAction Action, string? Step = null)
{
    /// <summary>What a retry must repeat to be the same: the action, or the step.</summary>
    public string What => Step ?? Action.ToString();
}
