using Catalog.Grains.Hosting;
using Catalog.Silo;
using Catalog.Testing;
using Catalog.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Infrastructure;

/// <summary>
/// The whole platform as a user meets it: the real Azurite, a real silo and the real web host on Kestrel,
/// each on a free loopback port, with a table of its own so platforms never see each other's data.
/// </summary>
public class CatalogPlatform : IAsyncLifetime
{
    private IHost? silo;
    private readonly List<IHost> additionalSilos = [];
    private WebApplication? web;
    private Dictionary<string, string?> settings = [];

    /// <summary>Seed the demo organisation on start (most tests want real data).</summary>
    protected virtual bool SeedDemoData => true;

    /// <summary>Also file the demo requests (off by default: most tests count requests themselves).</summary>
    protected virtual bool SeedDemoRequests => false;

    /// <summary>The web host's environment (Development, where the demo sign-in is on by default).</summary>
    protected virtual string WebEnvironment => Environments.Development;

    /// <summary>Settings added to (or replacing) the defaults, for both hosts.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Both hosts' logging: warnings and worse by default (tests that look at logging itself choose their own).</summary>
    protected virtual void ConfigureLogging(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    /// <summary>The silo's clock: null runs on the system clock.</summary>
    public FakeTimeProvider? Clock { get; protected init; }

    /// <summary>The web front end's base address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the running web host, signed in as nobody (health, sign-in, refusals).</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The web host's services (its endpoints, options).</summary>
    public IServiceProvider WebServices => web!.Services;

    /// <summary>Clients signed in as the demo people: <c>await platform.AsAsync("hr.requester")</c>.</summary>
    public SignedInClients Users { get; private set; } = null!;

    /// <summary>A client signed in as <paramref name="userId"/>, one of the demo directory's people.</summary>
    public Task<HttpClient> AsAsync(string userId) => Users.AsAsync(userId);

    /// <summary>Azurite's connection string for this run.</summary>
    public string TablesConnectionString { get; private set; } = null!;

    /// <summary>The grain state table this platform uses.</summary>
    public string GrainStateTable { get; } = "t" + Guid.NewGuid().ToString("N")[..20];

    public virtual async Task InitializeAsync()
    {
        // A port FreePort handed out can be taken by another test process before we bind it: start again on new ones.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnFreePortsAsync();
                return;
            }
            catch (Exception ex) when (attempt < 3 && IsPortClash(ex))
            {
                await DisposeAsync();
                web = null;
                silo = null;
            }
        }
    }

    private static bool IsPortClash(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
                || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private async Task StartOnFreePortsAsync()
    {
        var azurite = await AzuriteServer.GetAsync();
        TablesConnectionString = azurite.ConnectionString;
        var siloPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var webPort = FreePort.Next();
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            [SiloHostExtensions.GrainStateTableKey] = GrainStateTable,
            [SiloHostExtensions.RequestIndexTableKey] = "i" + GrainStateTable[1..],
            [SiloHostExtensions.AuditTableKey] = "a" + GrainStateTable[1..],
            [SiloHostExtensions.SurveyTableKey] = "s" + GrainStateTable[1..],
            [SiloHostExtensions.RequestFactsTableKey] = "f" + GrainStateTable[1..],
            // Generous: tests file many requests as one person in a few seconds.
            ["Catalog:RateLimits:FilingPerMinute"] = "100000",
            ["Catalog:RateLimits:SignInPerMinute"] = "100000",
            // Tests check behaviour, not speed: a call slowed by a loaded machine is not a 503 here (the fault
            // benchmark and the local cluster test run with the real default).
            ["Orleans:CallTimeout"] = "00:00:30",
            ["Orleans:ClusterId"] = "test-" + GrainStateTable,
            ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Catalog:SeedDemoData"] = SeedDemoData ? "true" : "false",
            ["Catalog:SeedDemoRequests"] = SeedDemoRequests ? "true" : "false",
        };

        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        silo = BuildSilo();
        await silo.StartAsync();

        var options = new WebApplicationOptions
        {
            ApplicationName = "Catalog.Web",
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "src", "Catalog.Web"),
            EnvironmentName = WebEnvironment,
        };
        var builder = WebApplication.CreateBuilder(options);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{webPort}");
        ConfigureLogging(builder.Logging);
        builder.AddCatalogWeb();
        web = builder.Build();
        web.MapCatalogWeb();
        await web.StartAsync();

        BaseAddress = new Uri($"http://127.0.0.1:{webPort}/");
        // As for signed-in clients (DemoSignIn): a big body waits for the server's 100 Continue longer than the default 1 s.
        Http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        Users = new SignedInClients(BaseAddress);
        await WaitUntilReadyAsync();
    }

    public virtual async Task DisposeAsync()
    {
        Http?.Dispose();
        Http = null!;
        Users?.Dispose();
        Users = null!;
        if (web is not null)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }

        foreach (var extra in additionalSilos.ToList())
        {
            await StopSiloAsync(extra);
        }

        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }

    /// <summary>Stops the silo (the web tier keeps running and will reconnect).</summary>
    public async Task StopSiloAsync()
    {
        await silo!.StopAsync();
        silo.Dispose();
        silo = null;
    }

    /// <summary>Starts a new silo on the same table and ports, as after a crash or a deployment.</summary>
    public async Task StartSiloAsync()
    {
        silo = BuildSilo();
        await silo.StartAsync();
        await WaitUntilReadyAsync();
    }

    /// <summary>
    /// Starts another silo of the same cluster on new ports, as a second server would; the web tier finds it in the
    /// membership table. Stop it with <see cref="StopSiloAsync(IHost)"/>.
    /// </summary>
    public async Task<IHost> StartAdditionalSiloAsync()
    {
        var extra = BuildSilo(new Dictionary<string, string?>
        {
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await extra.StartAsync();
        additionalSilos.Add(extra);
        return extra;
    }

    /// <summary>Stops one of the platform's silos the way a deployment does (it leaves the cluster).</summary>
    public async Task StopSiloAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
        additionalSilos.Remove(host);
        if (ReferenceEquals(host, silo))
        {
            silo = null;
        }
    }

    /// <summary>The platform's silos that run now: the first, then any additional ones.</summary>
    public IReadOnlyList<IHost> Silos => [.. (silo is null ? [] : new[] { silo }), .. additionalSilos];

    private IHost BuildSilo(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        ConfigureLogging(builder.Logging);
        if (Clock is not null)
        {
            builder.Services.AddSingleton(new CatalogClock(Clock));
        }

        builder.AddCatalogSilo();
        return builder.Build();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await Http.GetAsync("health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The platform was not ready within 60 s: " + await response.Content.ReadAsStringAsync());
            }

            await Task.Delay(200);
        }
    }
}
