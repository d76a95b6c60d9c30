extern alias abstractions;
using abstractions::Catalog.Audit;
using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Catalog.Storage.Tests.Audit;

/// <summary>The audit trail as a silo registers, starts and validates it.</summary>
public sealed class AuditTrailSiloTests
{
    [Fact]
    public async Task A_silo_creates_the_audit_table_on_start_and_records_through_it()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        var tableName = TestSettings.UniqueTableName("auditsilo");
        await using var cluster = Build(connectionString, tableName);
        await cluster.DeployAsync();
        var services = cluster.SiloServices();

        await services.GetRequiredService<IAuditRecorder>().RecordAsync(AuditEntityTypes.Service, "it.laptop", "Created", []);
        var found = await services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery(EntityId: "it.laptop"));
        var tables = await new TableServiceClient(connectionString).QueryAsync(t => t.Name == tableName).ToListAsync();

        services.GetRequiredService<IAuditTrail>().Should().BeOfType<AzureTableAuditTrail>();
        tables.Should().ContainSingle();
        found.Should().ContainSingle().Which.Caller.Should().Be(AuditCaller.Catalog);
        await new TableServiceClient(connectionString).DeleteTableAsync(tableName);
    }

    [Theory]
    [InlineData("", "audit1", "ConnectionString")]
    [InlineData("UseDevelopmentStorage=true", "1-bad", "TableName '1-bad'")]
    public async Task A_misconfigured_trail_stops_the_silo_naming_the_setting(string connectionString, string tableName, string named)
    {
        var cluster = Build(connectionString, tableName);
        var failure = await cluster.DeployFailureAsync();

        failure.Should().NotBeNull();
        failure!.ToString().Should().Contain("audit trail").And.Contain(named);
    }

    private static TestCluster Build(string connectionString, string tableName) =>
        StorageCluster.Build<AuditSiloConfigurator>(connectionString, tableName);

    private sealed class AuditSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.Services.AddSingleton(CatalogClock.System);
            silo.AddAuditRecorder();
            silo.AddAzureTableAuditTrail(options =>
            {
                options.ConnectionString = silo.Configuration[TestSettings.ConnectionString];
                options.TableName = silo.Configuration[TestSettings.TableName]!;
            });
        }
    }
}
