extern alias abstractions;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Requests;
using Catalog.Catalogue;
using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Scorecards;
using Catalog.Storage.GrainState;
using Catalog.Storage.Requests;
using Catalog.Storage.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Storage.Tests.Tables;
using Catalog.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using GrainStorageNames = abstractions::Catalog.StorageNames;

namespace Catalog.Storage.Tests.Requests;

/// <summary>
/// One silo with Catalog's grains on real tables in Azurite, as the host wires them (official grain storage, request
/// index, facts, audit trail), every table client sending through one <see cref="CountingPolicy"/> so a test can
/// count the round trips an operation costs.
/// </summary>
public sealed class WritePathCluster : IAsyncLifetime
{
    // The silo is built in this process from configuration strings: the policy is found through this key.
    private static readonly Dictionary<string, CountingPolicy> Wires = [];

    private readonly string key = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Every request the silo's table clients sent.</summary>
    public CountingPolicy Wire { get; } = new();

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The silo's tables, not counted.</summary>
    public TableServiceClient Tables { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        Tables = new TableServiceClient(connectionString);
        lock (Wires)
        {
            Wires[key] = Wire;
        }

        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TestSettings.ConnectionString] = connectionString,
            [TestSettings.TableName] = "wp" + key,
            ["WritePath:Wire"] = key,
        }));
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        lock (Wires)
        {
            Wires.Remove(key);
        }
    }

    /// <summary>A fresh provider with one free service and a fresh client department.</summary>
    public async Task<(string Provider, string Client, string ServiceId)> PartiesAsync()
    {
        var provider = await TestParties.DepartmentAsync(Grains);
        var client = await TestParties.DepartmentAsync(Grains);
        var serviceId = await TestParties.LaptopServiceAsync(Grains, provider);
        return (provider, client, serviceId);
    }

    /// <summary>The official provider's grain state table.</summary>
    public string GrainStateTable => "wp" + key + "state";

    /// <summary>The table of the request store.</summary>
    public string RequestTable => "wp" + key + "requests";

    /// <summary>Files through the intake with an Idempotency-Key, as the API does.</summary>
    public Task<RequestView> FileAsync((string Provider, string Client, string ServiceId) parties, string? idempotencyKey = null)
    {
        var key = idempotencyKey ?? Guid.NewGuid().ToString("N");
        return Grains.GetRequestIntake(parties.Client, key).FileAsync(new FileRequest(
            parties.ServiceId, parties.Client, "Rémi Client", "Laptop for a new hire", new Dictionary<string, string>(), key));
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var configuration = silo.Configuration;
            CountingPolicy wire;
            lock (Wires)
            {
                wire = Wires[configuration["WritePath:Wire"]!];
            }

            var options = StorageRetries.ClientOptions();
            options.AddPolicy(wire, Azure.Core.HttpPipelinePosition.PerRetry);
            var tables = new TableServiceClient(configuration[TestSettings.ConnectionString], options);
            var prefix = configuration[TestSettings.TableName]!;
            silo.AddCatalogOnTables(tables, prefix);
        }
    }
}
