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
    public static TestCluster Build(string connectionString, string tableName, string serviceId) =>
        Build<StorageSiloConfigurator>(connectionString, tableName, serviceId);

    /// <summary>
    /// Builds, without deploying, a one-silo cluster configured by <typeparamref name="TConfigurator"/>, which reads
    /// the connection string and table from <see cref="TestSettings"/>.
    /// </summary>
    public static TestCluster Build<TConfigurator>(string connectionString, string tableName, string? serviceId = null)
        where TConfigurator : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(1);
        if (serviceId is not null)
        {
            builder.Options.ServiceId = serviceId;
        }

        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [TestSettings.ConnectionString] = connectionString,
                [TestSettings.TableName] = tableName,
            }));
        builder.AddSiloBuilderConfigurator<TConfigurator>();
        return builder.Build();
    }

    /// <summary>
    /// Deploys a cluster expected not to start, then disposes of it; returns why it failed (null if it started).
    /// A silo that never started may also fail to stop: that is not what such a test is about, so it is ignored.
    /// </summary>
    public static async Task<Exception?> DeployFailureAsync(this TestCluster cluster)
    {
        Exception? failure = null;
        try
        {
            await cluster.DeployAsync();
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        try
        {
            await cluster.DisposeAsync();
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException or OperationCanceledException or AggregateException)
        {
            // See above.
        }

        return failure;
    }

    /// <summary>The service provider of the cluster's (only) silo.</summary>
    public static IServiceProvider SiloServices(this TestCluster cluster) =>
        (cluster.Primary as InProcessSiloHandle)?.SiloHost?.Services
        ?? throw new InvalidOperationException("The cluster's silo is not running.");
}
