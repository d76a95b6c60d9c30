using System.Diagnostics;
using Azure.Data.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Xunit.Abstractions;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>The storage across silo start, stop and restart, and when Azure Storage cannot be reached.</summary>
public sealed class SiloLifecycleTests(ITestOutputHelper output)
{
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public async Task State_written_by_a_grain_survives_a_silo_restart_and_the_silo_creates_its_table()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        var tableName = TestSettings.UniqueTableName("restart");
        var serviceId = "restart-" + Guid.NewGuid().ToString("N")[..8];
        var grainKey = "note/é/漢字/" + Guid.NewGuid().ToString("N");
        (await TableExistsAsync(connectionString, tableName)).Should().BeFalse();

        var first = await StorageCluster.StartAsync(connectionString, tableName, serviceId);
        try
        {
            (await TableExistsAsync(connectionString, tableName)).Should().BeTrue();
            await first.GrainFactory.GetGrain<INoteGrain>(grainKey).SetAsync("remember me");
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var second = await StorageCluster.StartAsync(connectionString, tableName, serviceId);
        try
        {
            (await second.GrainFactory.GetGrain<INoteGrain>(grainKey).GetAsync()).Should().Be("remember me");
            (await second.GrainFactory.GetGrain<INoteGrain>(grainKey + "-other").GetAsync()).Should().BeNull();
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_fails_to_start_within_30_seconds_naming_endpoint_and_table_when_storage_is_unreachable()
    {
        var port = FreePort.Next();
        var tableName = TestSettings.UniqueTableName("unreachable");
        var cluster = StorageCluster.Build(AzuriteServer.ConnectionStringFor(port), tableName, "unreachable");
        var stopwatch = Stopwatch.StartNew();
        var failure = await cluster.DeployFailureAsync();

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        failure.Should().NotBeNull("the silo must not start without its storage");
        output.WriteLine($"Failed after {stopwatch.Elapsed}: {failure}");
        var text = failure!.ToString();
        text.Should().Contain(tableName).And.Contain($"127.0.0.1:{port}").And.NotContain(AccountKey);
    }

    private static async Task<bool> TableExistsAsync(string connectionString, string tableName)
    {
        await foreach (var _ in new TableServiceClient(connectionString).QueryAsync(t => t.Name == tableName))
        {
            return true;
        }

        return false;
    }
}
