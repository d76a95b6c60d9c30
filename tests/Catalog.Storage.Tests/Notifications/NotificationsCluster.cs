extern alias abstractions;
using abstractions::Catalog.Access;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Requests;
using Azure.Data.Tables;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Scorecards;
using Catalog.Storage.GrainState;
using Catalog.Storage.Requests;
using Catalog.Storage.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using GrainStorageNames = abstractions::Catalog.StorageNames;

namespace Catalog.Storage.Tests.Notifications;

/// <summary>
/// Silos with Catalog's grains on real tables in Azurite, wired as the host wires them (official grain storage,
/// request index with queue projections, facts, audit trail), every table client logging its requests in one
/// <see cref="WireLog"/>, and settings of the test's choice (e.g. <c>Notifications:StoreDelay</c>).
/// </summary>
public sealed class NotificationsCluster(int silos = 1, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime, IAsyncDisposable
{
    private static readonly Dictionary<string, WireLog> Wires = [];

    private readonly string key = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Every request the silos' table clients sent.</summary>
    public WireLog Wire { get; } = new();

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster client's grain factory.</summary>
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The tables' name prefix (the facts table is this + "facts").</summary>
    public string Prefix => "nt" + key;

    public async Task InitializeAsync()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        lock (Wires)
        {
            Wires[key] = Wire;
        }

        var builder = new TestClusterBuilder((short)silos);
        var configuration = new Dictionary<string, string?>
        {
            [TestSettings.ConnectionString] = connectionString,
            [TestSettings.TableName] = Prefix,
            ["NotificationsTests:Wire"] = key,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[name] = value;
        }

        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(configuration));
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        lock (Wires)
        {
            Wires.Remove(key);
        }
    }

    /// <summary>A fresh provider with <paramref name="agents"/> agents (ids returned) and one free service, and a fresh client department.</summary>
    public async Task<(string Provider, string Client, string ServiceId, string[] Agents)> PartiesAsync(int agents)
    {
        var provider = await TestParties.DepartmentAsync(Grains);
        var client = await TestParties.DepartmentAsync(Grains);
        var serviceId = await TestParties.LaptopServiceAsync(Grains, provider);
        var people = new string[agents];
        for (var i = 0; i < agents; i++)
        {
            people[i] = $"{provider}.agent{i}";
            await Grains.GetDirectory().SetAsync(new CatalogUser(people[i], $"Agent {i}", provider, DepartmentRole.Agent));
        }

        return (provider, client, serviceId, people);
    }

    /// <summary>Files through the intake, as the API does.</summary>
    public Task<RequestView> FileAsync(string client, string serviceId, string title = "Laptop for a new hire") =>
        Grains.GetRequestIntake(client, Guid.NewGuid().ToString("N")).FileAsync(new FileRequest(
            serviceId, client, "Rémi Client", title, new Dictionary<string, string>(), null));

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var configuration = silo.Configuration;
            WireLog wire;
            lock (Wires)
            {
                wire = Wires[configuration["NotificationsTests:Wire"]!];
            }

            var options = StorageRetries.ClientOptions();
            options.AddPolicy(wire, Azure.Core.HttpPipelinePosition.PerRetry);
            var tables = new TableServiceClient(configuration[TestSettings.ConnectionString], options);
            var prefix = configuration[TestSettings.TableName]!;
            silo.AddCatalogOnTables(tables, prefix);
        }
    }
}
