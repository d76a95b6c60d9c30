using Catalog.Benchmarks.Requests;
using Catalog.Testing;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The people of the load: the requester and the agent of each of the seven demo departments, signed in on the web
/// host as a browser does (demo sign-in), and what each requester may file: the catalogue's services whose whole
/// path (file, acknowledge, start, resolve) one trial run through the API took; services that wait for a quote or
/// an approval first are left out.
/// </summary>
public sealed class LoadSession : IDisposable
{
    private readonly List<HttpClient> clients = [];

    private LoadSession()
    {
    }

    /// <summary>The departments, in the order loops are given them.</summary>
    public IReadOnlyList<string> Departments { get; private set; } = [];

    /// <summary>Each department's requester.</summary>
    public IReadOnlyDictionary<string, HttpClient> Requesters { get; private set; } = new Dictionary<string, HttpClient>();

    /// <summary>Each department's agent.</summary>
    public IReadOnlyDictionary<string, HttpClient> Agents { get; private set; } = new Dictionary<string, HttpClient>();

    /// <summary>What each client department files, round robin: pairs of services whose trial run went through.</summary>
    public IReadOnlyDictionary<string, FilingPair[]> Filings { get; private set; } = new Dictionary<string, FilingPair[]>();

    /// <summary>Every workable pair, over every provider.</summary>
    public IReadOnlyList<FilingPair> Workable { get; private set; } = [];

    /// <summary>Services left out, with what their trial answered.</summary>
    public IReadOnlyList<string> LeftOut { get; private set; } = [];

    /// <summary>Signs everyone in and tries each service once.</summary>
    public static async Task<LoadSession> StartAsync(Uri web, IGrainFactory grains)
    {
        var session = new LoadSession();
        try
        {
            var pairs = await FilingPlan.EveryPairAsync(grains);
            var departments = pairs.Select(p => p.Provider).Concat(pairs.Select(p => p.Client)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var requesters = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            var agents = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            foreach (var department in departments)
            {
                requesters[department] = await session.SignInAsync(web, department + ".requester");
                agents[department] = await session.SignInAsync(web, department + ".agent");
            }

            session.Departments = departments;
            session.Requesters = requesters;
            session.Agents = agents;
            var trials = await Task.WhenAll(FilingPlan.FirstClientPerService(pairs).Select(p => session.TryAsync(p)));
            var workable = trials.Where(t => t.Outcome is null).Select(t => t.Pair.ServiceId).ToHashSet(StringComparer.Ordinal);
            session.LeftOut = [.. trials.Where(t => t.Outcome is not null).Select(t => $"{t.Pair.ServiceId} ({t.Outcome})")];
            session.Workable = [.. pairs.Where(p => workable.Contains(p.ServiceId))];
            if (session.Workable.Count == 0)
            {
                throw new InvalidOperationException("No service could be filed and worked through in a trial: " + string.Join(", ", session.LeftOut));
            }

            session.Filings = session.Workable.GroupBy(p => p.Client, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The department loop <paramref name="loop"/> files as, and the n-th pair it files.</summary>
    public FilingPair Next(int loop, int n)
    {
        var filers = Filings.Keys.Order(StringComparer.Ordinal).ToArray();
        var pairs = Filings[filers[loop % filers.Length]];
        return pairs[(n + loop) % pairs.Length];
    }

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private async Task<(FilingPair Pair, string? Outcome)> TryAsync(FilingPair pair)
    {
        var key = "trial-" + pair.ServiceId;
        var filed = await LoadCalls.UntilAnsweredAsync(() => LoadCalls.FileAsync(Requesters[pair.Client], pair.ServiceId, key));
        if (!filed.Succeeded)
        {
            return (pair, "file " + filed.Answer);
        }

        foreach (var verb in LoadVerbs.Work)
        {
            var acted = await LoadCalls.UntilAnsweredAsync(() => LoadCalls.ActAsync(Agents[pair.Provider], filed.RequestId!, verb, key + "-" + verb));
            if (!acted.Succeeded)
            {
                return (pair, verb + " " + acted.Answer);
            }
        }

        return (pair, null);
    }

    private async Task<HttpClient> SignInAsync(Uri web, string userId)
    {
        var (http, _) = await DemoSignIn.SignInAsync(web, userId, TimeSpan.FromSeconds(60));
        clients.Add(http);
        return http;
    }
}
