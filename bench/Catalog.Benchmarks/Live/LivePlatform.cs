using System.Globalization;
using Catalog.Requests;
using Catalog.Silo;
using Catalog.Testing;
using Catalog.Web.Hosting;
using Catalog.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Catalog.Benchmarks.Live;

/// <summary>
/// Azurite (from infra/node_modules), a silo and the web host in this process, each on a free loopback port, with
/// the demo organisation in a table of the run's own: the functional tests' platform, for measuring.
/// </summary>
public sealed class LivePlatform : IAsyncDisposable
{
    private IHost? silo;
    private WebApplication? web;

    /// <summary>The web tier's hub sender, timed.</summary>
    public TimingLiveSender Sender { get; private set; } = null!;

    /// <summary>The web front end's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The silo's services (its clock, its grains).</summary>
    public IServiceProvider SiloServices => silo!.Services;

    /// <summary>Starts everything and waits until the web tier is ready (silo, storage, live stream).</summary>
    /// <param name="streamPollInterval">
    /// How often the silo's pulling agent reads the live stream's memory queues; null keeps the silo's setting
    /// (Orleans' default is 100 ms).
    /// </param>
    /// <param name="settings">Settings of both hosts on top of the platform's (e.g. <c>Catalog:Clock:Speed</c>).</param>
    public static async Task<LivePlatform> StartAsync(TimeSpan? streamPollInterval = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var platform = new LivePlatform();
        await platform.InitializeAsync(streamPollInterval, settings ?? new Dictionary<string, string?>());
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        if (web is not null)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }

        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }

    private async Task InitializeAsync(TimeSpan? streamPollInterval, IReadOnlyDictionary<string, string?> extra)
    {
        var azurite = await AzuriteServer.GetAsync();
        var table = "bench" + Guid.NewGuid().ToString("N")[..16];
        var webPort = FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            [SiloHostExtensions.GrainStateTableKey] = table,
            ["Orleans:ClusterId"] = "bench-" + table,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Catalog:SeedDemoData"] = "true",
            // Clients sign in as demo people; nothing throttles the load the benchmark makes on purpose.
            ["Catalog:Auth:DemoSignIn"] = "true",
            ["Catalog:RateLimits:FilingPerMinute"] = "1000000",
            ["Catalog:RateLimits:SignInPerMinute"] = "1000000",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var siloBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        siloBuilder.Configuration.AddInMemoryCollection(settings);
        siloBuilder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        siloBuilder.AddCatalogSilo();
        if (streamPollInterval is { } poll)
        {
            siloBuilder.Services.Configure<StreamPullingAgentOptions>(StreamNames.Live, o => o.GetQueueMsgsTimerPeriod = poll);
        }

        silo = siloBuilder.Build();
        await silo.StartAsync();

        var webBuilder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "Catalog.Web",
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "src", "Catalog.Web"),
            EnvironmentName = Environments.Production,
        });
        webBuilder.Configuration.AddInMemoryCollection(settings);
        webBuilder.WebHost.UseUrls($"http://127.0.0.1:{webPort}");
        webBuilder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        webBuilder.AddCatalogWeb();
        webBuilder.Services.AddSingleton<TimingLiveSender>();
        webBuilder.Services.AddSingleton<ILiveBatchSender>(services => services.GetRequiredService<TimingLiveSender>());
        web = webBuilder.Build();
        web.MapCatalogWeb();
        await web.StartAsync();
        Sender = web.Services.GetRequiredService<TimingLiveSender>();

        BaseAddress = new Uri($"http://127.0.0.1:{webPort}/");
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await http.GetAsync("health/ready")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The platform was not ready within 60 s.");
            }

            await Task.Delay(200);
        }
    }
}
