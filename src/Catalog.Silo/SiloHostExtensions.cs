using System.Net;
using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Surveys;
using Catalog.Grains.Scorecards;
using Catalog.Grains.Telemetry;
using Catalog.Storage.GrainState;
using Catalog.Storage.Tables;
using Catalog.Storage.Migration;
using Catalog.Storage.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Catalog.Silo;

/// <summary>
/// Wires the Catalog silo on Azure Table Storage: membership, grain state and reminders on the official Orleans
/// providers, Catalog's own request index and audit trail, the grains and the dashboard's collector.
/// </summary>
public static class SiloHostExtensions
{
    /// <summary>The connection string name for Azure Table Storage (Azurite locally).</summary>
    public const string TablesConnectionName = "Tables";

    /// <summary>Configuration key of the table that holds grain state (tests give each platform its own).</summary>
    public const string GrainStateTableKey = CatalogStorageOptions.Section + ":" + nameof(CatalogStorageOptions.GrainStateTable);

    /// <summary>Configuration key of the request index table (tests give each platform its own).</summary>
    public const string RequestIndexTableKey = CatalogStorageOptions.Section + ":" + nameof(CatalogStorageOptions.RequestIndexTable);

    /// <summary>Configuration key of the scorecards' facts table (tests give each platform its own).</summary>
    public const string RequestFactsTableKey = CatalogStorageOptions.Section + ":" + nameof(CatalogStorageOptions.RequestFactsTable);

    /// <summary>Configuration key of the audit trail table (tests may give each platform its own).</summary>
    public const string AuditTableKey = CatalogStorageOptions.Section + ":" + nameof(CatalogStorageOptions.AuditTable);

    /// <summary>Configuration key of the survey answers table (tests give each platform its own).</summary>
    public const string SurveyTableKey = CatalogStorageOptions.Section + ":" + nameof(CatalogStorageOptions.SurveyTable);

    /// <summary>Adds the Orleans silo with everything Catalog's grains need; stops at once naming any bad setting.</summary>
    public static IHostApplicationBuilder AddCatalogSilo(this IHostApplicationBuilder builder)
    {
        // First: the Azure SDK reads its tracing switch once, when the first client is made.
        builder.AddCatalogSiloTelemetry();
        var silo = builder.Configuration.GetSection(CatalogSiloOptions.Section).Get<CatalogSiloOptions>() ?? new();
        var storage = builder.Configuration.GetSection(CatalogStorageOptions.Section).Get<CatalogStorageOptions>() ?? new();
        var connectionString = builder.Configuration.GetConnectionString(TablesConnectionName) ?? "UseDevelopmentStorage=true";
        SiloSettingsValidation.EnsureValid(silo, storage, connectionString);
        var tables = new TableServiceClient(connectionString, StorageRetries.ClientOptions());

        builder.UseOrleans(orleans =>
        {
            orleans.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = silo.ClusterId;
                o.ServiceId = silo.ServiceId;
            });
            orleans.ConfigureEndpoints(IPAddress.Parse(silo.AdvertisedAddress), silo.SiloPort, silo.GatewayPort, silo.ListenOnAnyAddress);
            orleans.AddCatalogClustering(tables, storage);
            orleans.AddCatalogGrainStorage(StorageNames.Catalog, tables, storage.GrainStateTable);
            orleans.AddCatalogGrainStorage(StorageNames.PubSub, tables, storage.GrainStateTable);
            orleans.AddLegacyGrainStateMigration(tables, storage.GrainStateTable);
            orleans.AddAzureTableRequestStore(StorageNames.Requests, o =>
            {
                // Named after the grain state table, so a platform given its own tables gets its own request store.
                o.TableServiceClient = tables;
                o.TableName = storage.GrainStateTable + "Requests";
                o.OfficialTableName = storage.GrainStateTable;
                o.ReadIntakeRequestId = (serializer, payload) => serializer.Deserialize<Catalog.Grains.Requests.RequestIntakeState>(payload)?.RequestId;
            });
            orleans.AddAzureTableRequestIndex(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = storage.RequestIndexTable;
            });
            orleans.AddQueueProjections();
            orleans.AddAzureTableRequestFacts(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = storage.RequestFactsTable;
            });
            orleans.AddAzureTableAuditTrail(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = storage.AuditTable;
            });
            orleans.AddAzureTableSurveyAnswers(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = storage.SurveyTable;
            });
            orleans.AddCatalogGrains(builder.Configuration);
            orleans.AddDashboard();
        });
        return builder;
    }

    // Membership (which silos are alive, and the gateways the web tier may use) and reminders, in the same account.
    private static ISiloBuilder AddCatalogClustering(this ISiloBuilder orleans, TableServiceClient tables, CatalogStorageOptions storage)
    {
        orleans.UseAzureStorageClustering(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = storage.ClusterTable;
            o.StoragePolicyOptions.MaxCreationRetries = StorageRetries.CreationRetries;
            o.StoragePolicyOptions.PauseBetweenCreationRetries = StorageRetries.PauseBetweenCreationRetries;
        });
        orleans.UseAzureTableReminderService(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = storage.RemindersTable;
            o.StoragePolicyOptions.MaxCreationRetries = StorageRetries.CreationRetries;
            o.StoragePolicyOptions.PauseBetweenCreationRetries = StorageRetries.PauseBetweenCreationRetries;
        });
        return orleans;
    }
}
