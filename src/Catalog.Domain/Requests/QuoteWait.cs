namespace Catalog.Domain.Requests;

/// <summary>
/// How a request's clocks run while a written quote waits for its client, as the agreement says. Stored as numbers:
/// never renumber.
/// </summary>
public enum QuoteWait
{
    /// <summary>The default: the request waits on the client, so the provider's clocks pause and the client-response clock runs.</summary>
    PauseProvider = 0,

    /// <summary>The provider's clocks keep running while the client decides (the price is the provider's business).</summary>
    KeepRunning = 1,
}
