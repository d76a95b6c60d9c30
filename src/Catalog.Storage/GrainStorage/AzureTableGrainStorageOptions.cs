using Catalog.Storage.Tables;
using Orleans.Storage;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Settings of one named Azure Table grain storage. Set exactly one of
/// <see cref="AzureTableConnectionOptions.ConnectionString"/> and <see cref="AzureTableConnectionOptions.TableServiceClient"/>;
/// everything else has a working default.
/// </summary>
public sealed class AzureTableGrainStorageOptions : AzureTableConnectionOptions, IStorageProviderSerializerOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>CatalogGrainState</c>.</summary>
    public const string DefaultTableName = "CatalogGrainState";

    /// <summary>
    /// The table holding the grain state; created on silo start when missing. Default <see cref="DefaultTableName"/>.
    /// Azure's rules apply: 3 to 63 letters or digits, starting with a letter.
    /// </summary>
    public override string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// What clearing a state does. <c>false</c> (the default): the entity is kept with no data, so the clear gets
    /// a new ETag like any write. <c>true</c>: the entity is deleted, and the state's ETag becomes <c>null</c>.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>
    /// Turns grain state into bytes and back. Left unset, it is the silo's default
    /// <see cref="IGrainStorageSerializer"/>, so any <c>[GenerateSerializer]</c> state type works.
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
