using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Starts one-silo test clusters that use our storage on a given Azurite table.</summary>
public static class StorageCluster
{
    /// <summary>
    /// Deploys a cluster whose silo stores state in <paramref name="tableName"/> under <paramref name="serviceId"/>
    /// (the part of the key that must stay the same across restarts).
    /// </summary>
    public static async Task<TestCluster> StartAsync(string connectionString, string tableName, string serviceId)
    {
        var cluster = Build(connectionString, tableName, serviceId);
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds, without deploying, a cluster configured like <see cref="StartAsync"/>.</summary>
    public static TestCluster Build(string connectionString, string tableName, string serviceId)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [TestSettings.ConnectionString] = connectionString,
                [TestSettings.TableName] = tableName,
            }));
        builder.AddSiloBuilderConfigurator<StorageSiloConfigurator>();
        return builder.Build();
    }

    /// <summary>The service provider of the cluster's (only) silo.</summary>
    public static IServiceProvider SiloServices(this TestCluster cluster) =>
        (cluster.Primary as InProcessSiloHandle)?.SiloHost?.Services
        ?? throw new InvalidOperationException("The cluster's silo is not running.");
}
