namespace Catalog.Grains.Requests;

/// <summary>
/// The names of the steps beyond the lifecycle's actions, as the history, the audit trail and idempotency keys record
/// them. Stored: never rename.
/// </summary>
public static class RequestSteps
{
    /// <summary>An agent wrote a quote.</summary>
    public const string QuoteProposed = "QuoteProposed";

    /// <summary>The client accepted the current quote.</summary>
    public const string QuoteAccepted = "QuoteAccepted";

    /// <summary>The client declined the current quote.</summary>
    public const string QuoteDeclined = "QuoteDeclined";

    /// <summary>An agent asked for an accommodation.</summary>
    public const string AccommodationAsked = "AccommodationAsked";

    /// <summary>A manager (or substitute) approved.</summary>
    public const string ApprovalGranted = "ApprovalGranted";

    /// <summary>A manager (or substitute) rejected.</summary>
    public const string ApprovalRejected = "ApprovalRejected";

    /// <summary>An agent handed the request to another agent or department.</summary>
    public const string Transferred = "Transferred";
}
