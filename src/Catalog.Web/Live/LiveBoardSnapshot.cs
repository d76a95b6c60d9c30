using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>What <see cref="LiveHub.JoinBoard"/> returns: the state the board starts from before live events.</summary>
/// <param name="Requests">Every open request at risk or breached, in every provider department, what breaches first first.</param>
/// <param name="Counters">The SLA figures of every provider → client department pair.</param>
/// <param name="Truncated">True when a department had more at-risk or breached requests than one listing returns.</param>
public sealed record LiveBoardSnapshot(
    IReadOnlyList<RequestSummary> Requests,
    IReadOnlyList<DepartmentPairCounts> Counters,
    bool Truncated);
