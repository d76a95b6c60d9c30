extern alias abstractions;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using abstractions::Catalog.Requests;
using Azure.Data.Tables;
using Catalog.Grains.Requests;
using Catalog.Grains.Requests.Index;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.RequestIndex;

/// <summary>The request index as a silo registers, starts and validates it.</summary>
public sealed class RequestIndexSiloTests
{
    [Fact]
    public async Task A_silo_creates_the_index_table_on_start_and_serves_it_as_the_request_index()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        var tableName = TestSettings.UniqueTableName("indexsilo");
        await using var cluster = await StartAsync(connectionString, tableName);

        var index = cluster.SiloServices().GetRequiredService<IRequestIndex>();
        await index.UpsertAsync(IndexRows.Summary("IT-000001", "it", "hr"), []);
        var tables = await new TableServiceClient(connectionString).QueryAsync(t => t.Name == tableName).ToListAsync();

        index.Should().BeOfType<AzureTableRequestIndex>();
        tables.Should().ContainSingle();
        (await index.QueryAsync(new QueueQuery(QueueRole.Client, "hr"))).Total.Should().Be(1);
        await new TableServiceClient(connectionString).DeleteTableAsync(tableName);
    }

    [Theory]
    [InlineData("", "requests1", "ConnectionString")]
    [InlineData("UseDevelopmentStorage=true", "1-bad", "TableName '1-bad'")]
    public async Task A_misconfigured_index_stops_the_silo_naming_the_setting(string connectionString, string tableName, string named)
    {
        var cluster = Build(connectionString, tableName);
        var failure = await cluster.DeployFailureAsync();

        failure.Should().NotBeNull();
        failure!.ToString().Should().Contain("request index").And.Contain(named);
    }

    [Fact]
    public async Task Start_up_gives_up_after_the_initialization_timeout_naming_table_and_endpoint()
    {
        // Accepts connections (the kernel completes the handshake) but never answers a request.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var index = RequestIndexFixture.Create(AzuriteServer.ConnectionStringFor(port), "SilentIndex", o => o.InitializationTimeout = TimeSpan.FromSeconds(2));
        var stopwatch = Stopwatch.StartNew();

        var start = () => index.InitializeAsync(CancellationToken.None);

        (await start.Should().ThrowAsync<OrleansException>()).Which.Message.Should()
            .Contain("'SilentIndex'").And.Contain($"127.0.0.1:{port}").And.Contain("no answer within 2 s");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private static async Task<TestCluster> StartAsync(string connectionString, string tableName)
    {
        var cluster = Build(connectionString, tableName);
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

    private static TestCluster Build(string connectionString, string tableName) =>
        StorageCluster.Build<IndexSiloConfigurator>(connectionString, tableName);

    private sealed class IndexSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo.AddAzureTableRequestIndex(options =>
        {
            options.ConnectionString = silo.Configuration[TestSettings.ConnectionString];
            options.TableName = silo.Configuration[TestSettings.TableName]!;
        });
    }
}
