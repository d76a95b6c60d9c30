using Azure.Core;
using Azure.Data.Tables;
using Orleans;
using Orleans.Storage;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Settings of one named Azure Table grain storage. Set exactly one of <see cref="ConnectionString"/> and
/// <see cref="TableServiceClient"/>; everything else has a working default.
/// </summary>
public sealed class AzureTableGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>CatalogGrainState</c>.</summary>
    public const string DefaultTableName = "CatalogGrainState";

    /// <summary>The default for <see cref="InitializationTimeout"/>: 20 seconds.</summary>
    public static readonly TimeSpan DefaultInitializationTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// An Azure Storage connection string (account key, SAS or Azurite). Required unless
    /// <see cref="TableServiceClient"/> is set. Never logged: Orleans redacts it when it prints the options.
    /// </summary>
    [RedactConnectionString]
    public string? ConnectionString { get; set; }

    /// <summary>
    /// A ready client, for managed identity or other credentials. Required unless <see cref="ConnectionString"/>
    /// is set. Its own retry settings apply; <see cref="ClientOptions"/> is ignored.
    /// </summary>
    public TableServiceClient? TableServiceClient { get; set; }

    /// <summary>
    /// The table holding the grain state; created on silo start when missing. Default <see cref="DefaultTableName"/>.
    /// Azure's rules apply: 3 to 63 letters or digits, starting with a letter.
    /// </summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// What clearing a state does. <c>false</c> (the default): the entity is kept with no data, so the clear gets
    /// a new ETag like any write. <c>true</c>: the entity is deleted, and the state's ETag becomes <c>null</c>.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>
    /// How long silo start-up may spend reaching the storage account and creating the table before it fails.
    /// Default <see cref="DefaultInitializationTimeout"/>.
    /// </summary>
    public TimeSpan InitializationTimeout { get; set; } = DefaultInitializationTimeout;

    /// <summary>
    /// Client settings used with <see cref="ConnectionString"/>. The default retries three times, from 0.5 s up to
    /// 4 s apart, with a 30 s network timeout per attempt, so an unreachable account fails in seconds, not minutes.
    /// </summary>
    public TableClientOptions ClientOptions { get; set; } = CreateDefaultClientOptions();

    /// <summary>
    /// Turns grain state into bytes and back. Left unset, it is the silo's default
    /// <see cref="IGrainStorageSerializer"/>, so any <c>[GenerateSerializer]</c> state type works.
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    private static TableClientOptions CreateDefaultClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}
