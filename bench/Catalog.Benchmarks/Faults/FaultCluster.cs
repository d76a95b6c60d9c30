using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Catalog.Testing;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// The platform as separate processes, from the Release binaries already built: a fresh Azurite (data in a temp
/// folder), silos and web hosts on free loopback ports (two of each unless a <see cref="ClusterShape"/> says
/// otherwise), in one new cluster; the platform may reach Azurite through something in front of it (the load
/// benchmark's counting proxy). Silos can be killed (-9) and
/// restarted, Azurite stopped and started again on the same port and data folder. Disposing kills every process it
/// started and deletes the temp folder.
/// </summary>
public sealed partial class FaultCluster : IAsyncDisposable
{
    // What Microsoft.Hosting.Lifetime logs once every hosted service (the Orleans silo) has started.
    private const string ReadyLine = "Application started.";

    private readonly string root = RepositoryPaths.Root;
    private readonly string runId = Guid.NewGuid().ToString("N")[..10];
    private readonly List<ChildProcess> everyProcess = [];
    private readonly ClusterShape shape;
    private readonly ChildProcess?[] silos;
    private readonly ChildProcess?[] webs;
    private readonly int[] siloPorts;
    private readonly int[] gatewayPorts;
    private readonly int[] webPorts;
    private readonly string? keepLogsIn;
    private ChildProcess? azurite;
    private int azuritePort;
    private int storagePort;
    private int starts;

    private FaultCluster(string? keepLogsIn, ClusterShape shape)
    {
        this.keepLogsIn = keepLogsIn;
        this.shape = shape;
        silos = new ChildProcess?[shape.Silos];
        webs = new ChildProcess?[shape.Webs];
        siloPorts = new int[shape.Silos];
        gatewayPorts = new int[shape.Silos];
        webPorts = new int[shape.Webs];
        TempDirectory = Path.Combine(Path.GetTempPath(), $"catalog-{shape.Name}-{runId}");
        Directory.CreateDirectory(Path.Combine(TempDirectory, "azurite"));
        Directory.CreateDirectory(Path.Combine(TempDirectory, "keys"));
        Directory.CreateDirectory(Path.Combine(TempDirectory, "logs"));
    }

    /// <summary>The run's folder: Azurite's data, the shared data-protection keys, every process's log.</summary>
    public string TempDirectory { get; }

    /// <summary>The web hosts' base addresses.</summary>
    public Uri[] WebAddresses => [.. webPorts.Select(p => new Uri($"http://127.0.0.1:{p}/"))];

    /// <summary>Every "SLA monitor X reloaded" line: which silo activated which department's monitor, and when.</summary>
    public ConcurrentQueue<MonitorActivation> MonitorActivations { get; } = new();

    /// <summary>Every "Silo … left the cluster" line of the silos' SLA failover, and when.</summary>
    public ConcurrentQueue<(int Silo, DateTimeOffset At)> SiloLossSeen { get; } = new();

    /// <summary>The processes that are meant to be running and are not (crashed), by name.</summary>
    public IEnumerable<string> Crashed =>
        silos.Concat(webs).Append(azurite).Where(p => p is not null && p.HasExited).Select(p => p!.Name);

    /// <summary>The processes, for their log counts.</summary>
    public IReadOnlyList<ChildProcess> Processes => everyProcess;

    /// <summary>Azurite's process while it runs.</summary>
    public ChildProcess? Azurite => azurite;

    /// <summary>Azurite's own address, not what the platform is given when something stands in front of it.</summary>
    public string AzuriteConnectionString => AzuriteServer.ConnectionStringFor(azuritePort);

    /// <summary>The cluster and service ids the platform runs under (an Orleans client joins with them).</summary>
    public (string ClusterId, string ServiceId) Ids => (shape.Name + "-" + runId, "catalog-" + shape.Name);

    /// <summary>What the platform's processes are given as their storage connection string.</summary>
    public string PlatformConnectionString => AzuriteServer.ConnectionStringFor(storagePort);

    /// <summary>A silo's process while it runs.</summary>
    public ChildProcess? Silo(int silo) => silos[silo];

    /// <summary>A web host's process.</summary>
    public ChildProcess? Web(int web) => webs[web];

    /// <summary>
    /// Starts Azurite, silo 1, the web hosts and the other silos, and waits until every web host sees every silo
    /// (the faults benchmark's two silos and two web hosts unless <paramref name="shape"/> says otherwise).
    /// </summary>
    public static async Task<FaultCluster> StartAsync(string? keepLogsIn, Action<string> progress, ClusterShape? shape = null)
    {
        var cluster = new FaultCluster(keepLogsIn, shape ?? ClusterShape.Faults);
        try
        {
            cluster.PickPorts();
            await cluster.StartAzuriteAsync();
            cluster.storagePort = cluster.shape.StorageFront?.Invoke(cluster.azuritePort) ?? cluster.azuritePort;
            progress(string.Format(CultureInfo.InvariantCulture, "azurite on 127.0.0.1:{0} (data in {1}){2}", cluster.azuritePort, cluster.TempDirectory,
                cluster.storagePort == cluster.azuritePort ? "" : $"; the platform reaches it through 127.0.0.1:{cluster.storagePort}"));
            // Silo 1 seeds the demo organisation into the empty store before the other silos start and find it; the
            // web hosts start meanwhile (they wait for the cluster).
            await cluster.StartSiloAsync(0);
            progress("silo 1 started");
            for (var web = 0; web < cluster.shape.Webs; web++)
            {
                cluster.StartWeb(web);
            }

            for (var silo = 1; silo < cluster.shape.Silos; silo++)
            {
                await cluster.StartSiloAsync(silo);
                progress(SiloName(silo) + " started");
            }

            await cluster.WaitUntilEveryWebSeesEverySiloAsync();
            progress(string.Join(", ", cluster.WebAddresses.Select((a, i) => $"web {i + 1} on {a}"))
                + string.Format(CultureInfo.InvariantCulture, ", seeing {0} silo(s)", cluster.shape.Silos));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The name of a silo ("silo 1").</summary>
    public static string SiloName(int silo) => "silo " + (silo + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>kill -9 of a silo; returns the instant just before the signal.</summary>
    public DateTimeOffset KillSilo(int silo)
    {
        var process = silos[silo] ?? throw new InvalidOperationException($"{SiloName(silo)} is not running.");
        var at = DateTimeOffset.UtcNow;
        process.Kill();
        silos[silo] = null;
        return at;
    }

    /// <summary>Starts a silo again on its ports and waits until both web hosts see two silos.</summary>
    public async Task RestartSiloAsync(int silo)
    {
        await StartSiloAsync(silo);
        await WaitUntilEveryWebSeesEverySiloAsync();
    }

    private Task WaitUntilEveryWebSeesEverySiloAsync() =>
        Task.WhenAll(Enumerable.Range(0, shape.Webs).Select(web => WaitUntilReadyAsync(web, shape.Silos, TimeSpan.FromSeconds(120))));

    /// <summary>
    /// Stops Azurite the way Ctrl-C does: it stops listening, saves its data and says "successfully closed" (its
    /// process then lingers, so it is killed once closed, or after 5 s). Returns the instant it had closed and whether
    /// it said so.
    /// </summary>
    public async Task<(DateTimeOffset Closed, bool Graceful)> StopAzuriteAsync()
    {
        var process = azurite ?? throw new InvalidOperationException("Azurite is not running.");
        var closed = process.WaitForLineAsync(l => l.Contains("successfully closed", StringComparison.Ordinal));
        var stopping = process.InterruptAsync(TimeSpan.FromSeconds(5));
        var graceful = await Task.WhenAny(closed, stopping) == closed || closed.IsCompleted;
        var at = graceful ? await closed : DateTimeOffset.UtcNow;
        process.Kill();
        await stopping;
        azurite = null;
        return (at, graceful);
    }

    /// <summary>Starts Azurite on its port and data folder; returns the instant it listens.</summary>
    public async Task<DateTimeOffset> StartAzuriteAsync()
    {
        var executable = Path.Combine(RepositoryPaths.Infra, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run ./test.sh once, or `npm ci --prefix infra`.");
        }

        azurite = Track(ChildProcess.Start("azurite", executable,
            ["--tableHost", "127.0.0.1", "--tablePort", Text(azuritePort), "--location", Path.Combine(TempDirectory, "azurite"), "--skipApiVersionCheck", "--silent"],
            root, new Dictionary<string, string>(), LogPath("azurite")));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (azurite.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited before listening.{Environment.NewLine}{azurite.Tail()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", azuritePort);
                return DateTimeOffset.UtcNow;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>
    /// Waits until web host <paramref name="web"/> answers /health/ready with 200 and sees <paramref name="silos"/>
    /// active silos.
    /// </summary>
    public async Task WaitUntilReadyAsync(int web, int silos, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = WebAddresses[web], Timeout = TimeSpan.FromSeconds(10) };
        var expected = string.Format(CultureInfo.InvariantCulture, "{0} silo(s) active", silos);
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var process = webs[web]!;
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before it was ready.{Environment.NewLine}{process.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync("health/ready");
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.IsSuccessStatusCode && last.Contains(expected, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.GetType().Name + ": " + ex.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"web {web + 1} did not see {silos} active silos within {timeout.TotalSeconds:N0} s; last answer: {last}");
    }

    /// <summary>Kills every process, then copies the logs if asked and deletes the temp folder.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var process in everyProcess)
        {
            process.Dispose();
        }

        if (keepLogsIn is not null)
        {
            Directory.CreateDirectory(keepLogsIn);
            foreach (var file in Directory.GetFiles(Path.Combine(TempDirectory, "logs")))
            {
                File.Copy(file, Path.Combine(keepLogsIn, Path.GetFileName(file)), overwrite: true);
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(TempDirectory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                // A process that just died may still hold a file for a moment.
                await Task.Delay(200);
            }
        }
    }

    private async Task StartSiloAsync(int silo)
    {
        var name = SiloName(silo) + (starts++ >= shape.Silos ? " (restarted)" : "");
        var environment = new Dictionary<string, string>(CommonEnvironment())
        {
            ["Orleans__SiloPort"] = Text(siloPorts[silo]),
            ["Orleans__GatewayPort"] = Text(gatewayPorts[silo]),
            ["Catalog__SeedDemoData"] = "true",
            ["DOTNET_ENVIRONMENT"] = "Development",
        };
        var process = Track(ChildProcess.Start(name, "dotnet", [Path.Combine(root, "src", "Catalog.Silo", "bin", "Release", "net10.0", "Catalog.Silo.dll")],
            root, environment, LogPath(name.Replace(' ', '-').Replace("(", "").Replace(")", ""))));
        process.Watch((line, at) =>
        {
            if (MonitorReloaded().Match(line) is { Success: true } match)
            {
                MonitorActivations.Enqueue(new MonitorActivation(match.Groups[1].Value, silo, at));
            }
            else if (line.Contains("left the cluster", StringComparison.Ordinal))
            {
                SiloLossSeen.Enqueue((silo, at));
            }
        });
        silos[silo] = process;
        await process.WaitForLineOrFailAsync(l => l.Contains(ReadyLine, StringComparison.Ordinal), TimeSpan.FromSeconds(120), "the silo started");
    }

    private void StartWeb(int web)
    {
        var environment = new Dictionary<string, string>(CommonEnvironment())
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Catalog__RateLimits__FilingPerMinute"] = "100000",
            ["Catalog__RateLimits__SignInPerMinute"] = "100000",
            ["Catalog__Auth__KeysDirectory"] = Path.Combine(TempDirectory, "keys"),
        };
        var name = "web " + Text(web + 1);
        webs[web] = Track(ChildProcess.Start(name, "dotnet",
            [Path.Combine("bin", "Release", "net10.0", "Catalog.Web.dll"), "--urls", $"http://127.0.0.1:{webPorts[web]}"],
            Path.Combine(root, "src", "Catalog.Web"), environment, LogPath("web-" + Text(web + 1))));
    }

    private Dictionary<string, string> CommonEnvironment() => new()
    {
        ["ConnectionStrings__Tables"] = PlatformConnectionString,
        ["Orleans__ClusterId"] = Ids.ClusterId,
        ["Orleans__ServiceId"] = Ids.ServiceId,
    };

    private void PickPorts()
    {
        var taken = new HashSet<int>();
        int Next()
        {
            while (true)
            {
                var port = FreePort.Next();
                if (taken.Add(port))
                {
                    return port;
                }
            }
        }

        azuritePort = Next();
        for (var i = 0; i < shape.Silos; i++)
        {
            siloPorts[i] = Next();
            gatewayPorts[i] = Next();
        }

        for (var i = 0; i < shape.Webs; i++)
        {
            webPorts[i] = Next();
        }
    }

    private ChildProcess Track(ChildProcess process)
    {
        everyProcess.Add(process);
        return process;
    }

    private string LogPath(string name) => Path.Combine(TempDirectory, "logs", name + ".log");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"SLA monitor (\S+) reloaded")]
    private static partial Regex MonitorReloaded();
}
