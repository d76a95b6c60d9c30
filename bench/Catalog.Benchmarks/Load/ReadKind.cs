using System.Diagnostics;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The reads timed through the API, as the pages make them (see wwwroot/js: queue-page.js, requests-page.js,
/// board-page.js). When the routes or page sizes of the pages change, change them here.
/// </summary>
public sealed record ReadKind(string Name, Func<LoadSession, string, int, Task<CallOutcome>> Read)
{
    private const string Open = "Submitted,Acknowledged,InProgress,WaitingOnClient";

    /// <summary>The provider queue as its agent sees it: a page of what is open, what breaches first first.</summary>
    public static ReadKind ProviderQueue { get; } = new("provider queue", (s, d, page) =>
        LoadCalls.GetAsync(s.Agents[d], $"api/queues/provider/{d}?status={Open}&limit={page}"));

    /// <summary>The client queue as the department's agent sees it: a page, any status.</summary>
    public static ReadKind ClientQueue { get; } = new("client queue", (s, d, page) =>
        LoadCalls.GetAsync(s.Agents[d], $"api/queues/client/{d}?limit={page}"));

    /// <summary>My requests (requests.html): the client queue of the requester's department, open or resolved.</summary>
    public static ReadKind MyRequests { get; } = new("my requests", (s, d, page) =>
        LoadCalls.GetAsync(s.Requesters[d], $"api/queues/client/{d}?status={Open},Resolved&limit={page}"));

    /// <summary>The department's board (board.html for a department's agent): both its queues, 1,000 rows each, at once.</summary>
    public static ReadKind Board { get; } = new("board", async (s, d, _) =>
    {
        var started = Stopwatch.GetTimestamp();
        var both = await Task.WhenAll(
            LoadCalls.GetAsync(s.Agents[d], $"api/queues/provider/{d}?limit=1000"),
            LoadCalls.GetAsync(s.Agents[d], $"api/queues/client/{d}?limit=1000"));
        var failed = both.FirstOrDefault(b => !b.Succeeded);
        return new CallOutcome(failed is null, failed?.Answer ?? "200", Latencies.Since(started));
    });

    /// <summary>Every kind, in the order printed.</summary>
    public static IReadOnlyList<ReadKind> All { get; } = [ProviderQueue, ClientQueue, MyRequests, Board];
}
