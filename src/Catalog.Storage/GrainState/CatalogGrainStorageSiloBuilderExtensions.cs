using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Catalog.Storage.GrainState;

/// <summary>Grain state on the official Orleans Azure Table provider, as Catalog configures it.</summary>
public static class CatalogGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grain storage <paramref name="name"/> on table <paramref name="tableName"/> of
    /// <paramref name="tables"/>. State is written with Orleans' binary serializer: version tolerant through the
    /// <c>[Id]</c>s our state types carry, half the bytes of the provider's JSON default, and independent of runtime
    /// type names. The provider turns <c>/ \ # ?</c> in keys into <c>_</c>, so keys built from user text go through
    /// <c>GrainKeyText</c> first. The client's own retry settings apply (<see cref="StorageRetries"/>).
    /// </summary>
    public static ISiloBuilder AddCatalogGrainStorage(this ISiloBuilder silo, string name, TableServiceClient tables, string tableName)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(tables);
        silo.AddAzureTableGrainStorage(name, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.TableServiceClient = tables;
            o.TableName = tableName;
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            o.StoragePolicyOptions.MaxCreationRetries = StorageRetries.CreationRetries;
            o.StoragePolicyOptions.PauseBetweenCreationRetries = StorageRetries.PauseBetweenCreationRetries;
        }));
        return silo;
    }
}
