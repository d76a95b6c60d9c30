using System.Net;
using Catalog.Testing;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Everyone the benchmark acts as, signed in with the demo sign-in: the loops' requesters and IT agents (split over
/// both web hosts), each deadline provider's manager, IT's requester, and org.auditor (who sees every request and
/// queue) for reading back and for the live board.
/// </summary>
public sealed class FaultSession : IDisposable
{
    /// <summary>The client departments of the loops, in loop order.</summary>
    public static readonly string[] LoopDepartments = ["hr", "finance", "legal", "facilities", "communications", "procurement", "hr", "finance"];

    private readonly List<HttpClient> clients = [];

    private FaultSession()
    {
    }

    /// <summary>The loops' people.</summary>
    public IReadOnlyList<LoopClients> Loops { get; private set; } = [];

    /// <summary>Each deadline provider's manager, on web 1.</summary>
    public IReadOnlyDictionary<string, HttpClient> Managers { get; private set; } = new Dictionary<string, HttpClient>();

    /// <summary>IT's requester, on web 2: files the deadline requests.</summary>
    public HttpClient ItRequester { get; private set; } = null!;

    /// <summary>org.auditor on web 2: reads everything back.</summary>
    public HttpClient Auditor { get; private set; } = null!;

    /// <summary>org.auditor's sign-in on web 1, for the board's SignalR connection.</summary>
    public CookieContainer BoardCookies { get; private set; } = null!;

    /// <summary>Signs everyone in; loop i is on web i mod 2.</summary>
    public static async Task<FaultSession> SignInAsync(IReadOnlyList<Uri> webs, int loops)
    {
        var session = new FaultSession();
        try
        {
            var loopClients = new List<LoopClients>();
            for (var i = 0; i < loops; i++)
            {
                var web = i % 2;
                var department = LoopDepartments[i % LoopDepartments.Length];
                var agent = i % 4 < 2 ? "it.agent" : "it.manager";
                loopClients.Add(new LoopClients(i, web, department,
                    await session.SignInAsync(webs[web], department + ".requester"), agent, await session.SignInAsync(webs[web], agent)));
            }

            var managers = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            foreach (var provider in DeadlineProbe.Providers)
            {
                managers[provider] = await session.SignInAsync(webs[0], provider + ".manager");
            }

            session.Loops = loopClients;
            session.Managers = managers;
            session.ItRequester = await session.SignInAsync(webs[1], "it.requester");
            session.Auditor = await session.SignInAsync(webs[1], "org.auditor");
            var (board, cookies) = await DemoSignIn.SignInAsync(webs[0], "org.auditor", TimeSpan.FromSeconds(30));
            board.Dispose();
            session.BoardCookies = cookies;
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private async Task<HttpClient> SignInAsync(Uri web, string userId)
    {
        // 30 s per attempt: the client timeout every call of the benchmark has.
        var (http, _) = await DemoSignIn.SignInAsync(web, userId, TimeSpan.FromSeconds(30));
        clients.Add(http);
        return http;
    }
}
