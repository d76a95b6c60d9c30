using System.Diagnostics;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The reads timed through the API, as the pages make them (see wwwroot/js: queue-page.js, requests-page.js,
/// board-page.js). When the routes or page sizes of the pages change, change them here.
/// </summary>
public sealed record ReadKind(string Name, Func<LoadSession, string, int, Task<CallOutcome>> Read)
{
    private const string Open = "Submitted,Acknowledged,InProgress,WaitingOnClient";

    // board-page.js: riskRows.
    private const int BoardRiskRows = 100;

    /// <summary>The provider queue as its agent sees it: a page of what is open, what breaches first first.</summary>
    public static ReadKind ProviderQueue { get; } = new("provider queue", (s, d, page) =>
        LoadCalls.GetAsync(s.Agents[d], $"api/queues/provider/{d}?status={Open}&limit={page}"));

    /// <summary>The client queue as the department's agent sees it: a page, any status.</summary>
    public static ReadKind ClientQueue { get; } = new("client queue", (s, d, page) =>
        LoadCalls.GetAsync(s.Agents[d], $"api/queues/client/{d}?limit={page}"));

    /// <summary>My requests (requests.html): the client queue of the requester's department, open or resolved.</summary>
    public static ReadKind MyRequests { get; } = new("my requests", (s, d, page) =>
        LoadCalls.GetAsync(s.Requesters[d], $"api/queues/client/{d}?status={Open},Resolved&limit={page}"));

    /// <summary>
    /// The department's board (board.html for a department's agent): the period's figures, counted by the silo over
    /// every request, and the risk table's first page of each of its queues, open only, what breaches first first.
    /// </summary>
    public static ReadKind Board { get; } = new("board", async (s, d, _) =>
    {
        var started = Stopwatch.GetTimestamp();
        var all = await Task.WhenAll(
            LoadCalls.GetAsync(s.Agents[d], "api/board/figures?days=30"),
            LoadCalls.GetAsync(s.Agents[d], $"api/queues/provider/{d}?status={Open}&limit={BoardRiskRows}"),
            LoadCalls.GetAsync(s.Agents[d], $"api/queues/client/{d}?status={Open}&limit={BoardRiskRows}"));
        var failed = all.FirstOrDefault(b => !b.Succeeded);
        return new CallOutcome(failed is null, failed?.Answer ?? "200", Latencies.Since(started));
    });

    /// <summary>Every kind, in the order printed.</summary>
    public static IReadOnlyList<ReadKind> All { get; } = [ProviderQueue, ClientQueue, MyRequests, Board];
}
