using Azure.Data.Tables;
using Catalog.Benchmarks.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The platform under load: the faults benchmark's child processes (<see cref="FaultCluster"/>) shaped as
/// <c>./run.sh</c> runs it, one silo and one web host from the Release binaries on a fresh Azurite, the filing rate
/// limit lifted (<c>Catalog__RateLimits__FilingPerMinute</c>), the platform reaching Azurite through the counting
/// proxy; and an Orleans client of the silo, joined straight to Azurite (its own table reads are not counted), for
/// seeding open requests through the grains and activating them.
/// </summary>
public sealed class LoadPlatform : IAsyncDisposable
{
    private const string ClusterTable = "CatalogSilos";

    private LoadPlatform(FaultCluster cluster, CountingProxy? proxy, IHost client)
    {
        Cluster = cluster;
        Proxy = proxy;
        Client = client;
        Grains = client.Services.GetRequiredService<IClusterClient>();
        Meter = new ResourceMeter(proxy, () => Processes);
    }

    /// <summary>The processes.</summary>
    public FaultCluster Cluster { get; }

    /// <summary>The proxy between the platform and Azurite, unless turned off.</summary>
    public CountingProxy? Proxy { get; }

    /// <summary>The Orleans client host.</summary>
    public IHost Client { get; }

    /// <summary>Grains of the silo, through the client.</summary>
    public IClusterClient Grains { get; }

    /// <summary>Counts storage requests and CPU over a window.</summary>
    public ResourceMeter Meter { get; }

    /// <summary>The web host's address.</summary>
    public Uri Web => Cluster.WebAddresses[0];

    /// <summary>The processes whose CPU is measured, with their ids.</summary>
    public IReadOnlyList<(string Name, int Pid)> Processes =>
    [
        ("silo", Cluster.Silo(0)!.Id),
        ("web", Cluster.Web(0)!.Id),
        ("azurite", Cluster.Azurite!.Id),
    ];

    /// <summary>Starts everything; <paramref name="progress"/> hears each step.</summary>
    public static async Task<LoadPlatform> StartAsync(LoadOptions options, Action<string> progress)
    {
        CountingProxy? proxy = null;
        var shape = new ClusterShape("load", 1, 1, options.Proxy ? port => (proxy = CountingProxy.Start(port, options.DumpRequestsTo)).Port : null);
        var cluster = await FaultCluster.StartAsync(options.KeepLogsIn, progress, shape);
        try
        {
            var client = await StartClientAsync(cluster);
            progress("an Orleans client of the silo joined (straight to Azurite)");
            return new LoadPlatform(cluster, proxy, client);
        }
        catch
        {
            await cluster.DisposeAsync();
            proxy?.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Client.StopAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or OrleansException)
        {
            // The silo may already be gone.
        }

        Client.Dispose();
        await Cluster.DisposeAsync();
        Proxy?.Dispose();
    }

    private static async Task<IHost> StartClientAsync(FaultCluster cluster)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var tables = new TableServiceClient(cluster.AzuriteConnectionString);
        builder.UseOrleansClient(client =>
        {
            client.UseAzureStorageClustering(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = ClusterTable;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.Ids.ClusterId;
                o.ServiceId = cluster.Ids.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(60));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
