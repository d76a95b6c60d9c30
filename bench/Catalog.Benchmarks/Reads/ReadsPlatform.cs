using System.Globalization;
using Catalog.Silo;
using Catalog.Testing;
using Catalog.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Benchmarks.Reads;

/// <summary>
/// Azurite (infra/node_modules, or <c>CATALOG_TEST_TABLES</c>), a silo and the web host in this process, on free
/// loopback ports, with the demo organisation and tables of the run's own: the request index the benchmark seeds is
/// <see cref="IndexTable"/>.
/// </summary>
public sealed class ReadsPlatform : IAsyncDisposable
{
    private IHost? silo;
    private WebApplication? web;
    private string run = string.Empty;

    /// <summary>Azurite's connection string.</summary>
    public string ConnectionString { get; private set; } = null!;

    /// <summary>The request index table of the run.</summary>
    public string IndexTable { get; private set; } = null!;

    /// <summary>The web front end's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The silo's services.</summary>
    public IServiceProvider SiloServices => silo!.Services;

    /// <summary>Starts Azurite; the hosts start with <see cref="StartHostsAsync"/>, once the index is seeded.</summary>
    /// <remarks>
    /// <paramref name="indexTable"/>: the request index table to read (one an earlier run seeded, in the Azurite of
    /// <c>CATALOG_TEST_TABLES</c>), so runs of two versions read the same rows without seeding them each time; a new
    /// one of the run's own when null. Every other table is the run's own.
    /// </remarks>
    public static async Task<ReadsPlatform> CreateAsync(string? indexTable = null)
    {
        var azurite = await AzuriteServer.GetAsync();
        var run = Guid.NewGuid().ToString("N")[..16];
        return new ReadsPlatform { ConnectionString = azurite.ConnectionString, IndexTable = indexTable ?? "ireads" + run, run = run };
    }

    /// <summary>Starts the silo and the web host and waits until the web tier is ready.</summary>
    public async Task StartHostsAsync()
    {
        var table = "reads" + run;
        var webPort = FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = ConnectionString,
            [SiloHostExtensions.GrainStateTableKey] = "g" + table,
            [SiloHostExtensions.RequestIndexTableKey] = IndexTable,
            [SiloHostExtensions.AuditTableKey] = "a" + table,
            [SiloHostExtensions.SurveyTableKey] = "s" + table,
            [SiloHostExtensions.RequestFactsTableKey] = "f" + table,
            ["Orleans:ClusterId"] = "reads-" + table,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Catalog:SeedDemoData"] = "true",
            ["Catalog:Auth:DemoSignIn"] = "true",
            ["Catalog:RateLimits:SignInPerMinute"] = "1000000",
        };

        var siloBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        siloBuilder.Configuration.AddInMemoryCollection(settings);
        siloBuilder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        siloBuilder.AddCatalogSilo();
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
        web = webBuilder.Build();
        web.MapCatalogWeb();
        await web.StartAsync();

        BaseAddress = new Uri($"http://127.0.0.1:{webPort}/");
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(300);
        while (!(await http.GetAsync("health/ready")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The platform was not ready within 300 s.");
            }

            await Task.Delay(200);
        }
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
}
