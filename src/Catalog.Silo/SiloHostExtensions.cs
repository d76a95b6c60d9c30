using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Index;
using Catalog.Storage.GrainStorage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Catalog.Silo;

/// <summary>Wires the Catalog silo: clustering, our Azure Table storage, the grains and the dashboard's collector.</summary>
public static class SiloHostExtensions
{
    /// <summary>The connection string name for Azure Table Storage (Azurite locally).</summary>
    public const string TablesConnectionName = "Tables";

    /// <summary>Configuration key of the table that holds grain state (tests give each platform its own).</summary>
    public const string GrainStateTableKey = "Storage:GrainStateTable";

    /// <summary>The grain state table of a deployment.</summary>
    public const string DefaultGrainStateTable = "CatalogGrainState";

    /// <summary>Configuration key of the request index table (tests give each platform its own).</summary>
    public const string RequestIndexTableKey = "Storage:RequestIndexTable";

    /// <summary>Configuration key of the audit trail table (tests may give each platform its own).</summary>
    public const string AuditTableKey = "Storage:AuditTable";

    /// <summary>Adds the Orleans silo with everything Catalog's grains need.</summary>
    public static IHostApplicationBuilder AddCatalogSilo(this IHostApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(CatalogSiloOptions.Section).Get<CatalogSiloOptions>() ?? new();
        var tables = builder.Configuration.GetConnectionString(TablesConnectionName) ?? "UseDevelopmentStorage=true";
        var stateTable = builder.Configuration[GrainStateTableKey] ?? DefaultGrainStateTable;
        var requestIndexTable = builder.Configuration[RequestIndexTableKey] ?? RequestIndexOptions.DefaultTableName;
        var auditTable = builder.Configuration[AuditTableKey] ?? AuditTrailOptions.DefaultTableName;

        builder.UseOrleans(orleans =>
        {
            // One silo on loopback for now; Azure Table membership comes with the multi-silo issue.
            orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
            orleans.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = silo.ClusterId;
                o.ServiceId = silo.ServiceId;
            });
            orleans.AddAzureTableGrainStorage(StorageNames.Catalog, o =>
            {
                o.ConnectionString = tables;
                o.TableName = stateTable;
            });
            orleans.AddAzureTableGrainStorage(StorageNames.PubSub, o =>
            {
                o.ConnectionString = tables;
                o.TableName = stateTable;
            });
            orleans.AddAzureTableRequestIndex(o =>
            {
                o.ConnectionString = tables;
                o.TableName = requestIndexTable;
            });
            orleans.AddAzureTableAuditTrail(o =>
            {
                o.ConnectionString = tables;
                o.TableName = auditTable;
            });
            orleans.AddCatalogGrains(builder.Configuration);
            orleans.AddDashboard();
        });
        return builder;
    }
}
