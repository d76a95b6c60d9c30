namespace Catalog.Benchmarks.Faults;

/// <summary>What reading back a scenario's acknowledged calls found (<see cref="LedgerVerifier"/>).</summary>
/// <param name="RequestsAcknowledged">Filings that got a 2xx.</param>
/// <param name="RequestsFound">Of those, requests that exist.</param>
/// <param name="LostRequests">Acknowledged filings whose request does not exist.</param>
/// <param name="ActionsAcknowledged">Acknowledge and start calls that got a 2xx.</param>
/// <param name="ActionsFoundOnce">Of those, actions in their request's history exactly once.</param>
/// <param name="LostActions">Acknowledged actions missing from the history.</param>
/// <param name="DoubledActions">Acknowledged actions in the history more than once.</param>
/// <param name="DoubledFilings">Titles (filing keys) that made more than one request.</param>
/// <param name="NotInQueue">Acknowledged requests missing from the provider's queue listing (the request index).</param>
/// <param name="FiledWithoutAcknowledgement">Requests in the queue whose filing never got a 2xx (taken, answer lost: harmless).</param>
/// <param name="ListingIncomplete">A queue listing had more than it returned, or failed: the doubled check is partial.</param>
/// <param name="HistoryLengths">Each request found, with the number of entries in its history.</param>
public sealed record LossCheck(
    int RequestsAcknowledged,
    int RequestsFound,
    IReadOnlyList<string> LostRequests,
    int ActionsAcknowledged,
    int ActionsFoundOnce,
    IReadOnlyList<string> LostActions,
    IReadOnlyList<string> DoubledActions,
    IReadOnlyList<string> DoubledFilings,
    int NotInQueue,
    int FiledWithoutAcknowledgement,
    bool ListingIncomplete,
    IReadOnlyDictionary<string, int> HistoryLengths)
{
    /// <summary>Nothing acknowledged was lost or taken twice.</summary>
    public bool Clean => LostRequests.Count == 0 && LostActions.Count == 0 && DoubledActions.Count == 0 && DoubledFilings.Count == 0;
}
