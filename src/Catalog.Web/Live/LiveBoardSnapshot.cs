using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>What <see cref="LiveHub.JoinBoard"/> returns: the state the board starts from before live events.</summary>
/// <param name="Requests">Every open request at risk or breached, in every provider department, what breaches first first.</param>
/// <param name="Counters">The SLA figures of every provider → client department pair.</param>
/// <param name="Truncated">True when a department had more at-risk or breached requests than one listing returns.</param>
/// <param name="DepartmentId">The department whose board this is (its requests as provider or client, its pairs), or null for the organisation's.</param>
public sealed record LiveBoardSnapshot(
    IReadOnlyList<RequestSummary> Requests,
    IReadOnlyList<DepartmentPairCounts> Counters,
    bool Truncated,
    string? DepartmentId = null)
{
    /// <summary>The part of the organisation's board one department may see: its requests and its pairs.</summary>
    public LiveBoardSnapshot For(string departmentId) => new(
        [.. Requests.Where(r => Involves(r.ProviderDepartmentId, r.ClientDepartmentId, departmentId))],
        [.. Counters.Where(c => Involves(c.ProviderDepartmentId, c.ClientDepartmentId, departmentId))],
        Truncated,
        departmentId);

    private static bool Involves(string provider, string client, string departmentId) =>
        string.Equals(provider, departmentId, StringComparison.Ordinal) || string.Equals(client, departmentId, StringComparison.Ordinal);
}
