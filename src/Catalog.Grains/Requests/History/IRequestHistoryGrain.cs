using Catalog.Requests;

namespace Catalog.Grains.Requests.History;

/// <summary>
/// A request's past, replayed at its own instants through the same rules as live changes: how the demo gets weeks of
/// history (filed, quoted, transferred, breached…). Only the silo reaches it: this interface is not in the contracts
/// the web tier references, and its steps are not in the audit trail (which records what people did in Catalog).
/// </summary>
public interface IRequestHistoryGrain : IGrainWithStringKey
{
    /// <summary>Files the request as of <paramref name="at"/>; a request already filed is returned as it stands.</summary>
    Task<RequestView> FileAtAsync(RequestFiling filing, DateTimeOffset at);

    /// <summary>Takes one step as of its instant, as its actor; a keyed step already taken is answered, not taken again.</summary>
    Task<RequestView> StepAtAsync(HistoryStep step);
}
