extern alias abstractions;
using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Scorecards;
using Catalog.Storage.GrainState;
using Catalog.Storage.Requests;
using GrainStorageNames = abstractions::Catalog.StorageNames;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>
/// Catalog's grains on real tables, wired as the host wires them (official grain storage, the request store, request
/// index with its queue projections, facts, audit trail), every table named from one prefix; reminders in memory.
/// Clusters that count round trips pass a <paramref name="tables"/> client whose pipeline counts.
/// </summary>
internal static class CatalogOnTables
{
    public static ISiloBuilder AddCatalogOnTables(this ISiloBuilder silo, TableServiceClient tables, string prefix)
    {
        silo.AddCatalogGrainStorage(GrainStorageNames.Catalog, tables, prefix + "state");
        silo.AddCatalogGrainStorage(GrainStorageNames.PubSub, tables, prefix + "state");
        silo.AddAzureTableRequestStore(GrainStorageNames.Requests, o =>
        {
            o.TableServiceClient = tables;
            o.TableName = prefix + "requests";
            o.OfficialTableName = prefix + "state";
        });
        silo.UseInMemoryReminderService();
        silo.AddCatalogGrains(silo.Configuration);
        silo.AddAzureTableRequestIndex(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = prefix + "index";
        });
        // As the host wires it: queue reads (the forecast's at every filing) come from the projections.
        silo.AddQueueProjections();
        silo.AddAzureTableRequestFacts(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = prefix + "facts";
        });
        silo.AddAzureTableAuditTrail(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = prefix + "audit";
        });
        return silo;
    }
}
