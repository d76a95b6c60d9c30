using Azure.Data.Tables;
using Orleans;

namespace Catalog.Storage.Tables;

/// <summary>
/// How one of our providers reaches its Azure table: the connection members shared by the grain storage, the request
/// index and the audit trail. Set exactly one of <see cref="ConnectionString"/> and <see cref="TableServiceClient"/>;
/// everything else has a working default. Checked by <see cref="AzureTableConnectionValidation"/>.
/// </summary>
public abstract class AzureTableConnectionOptions
{
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
    /// The table, created on silo start when missing. Azure's rules apply: 3 to 63 letters or digits, starting with
    /// a letter. Each provider documents its own default.
    /// </summary>
    public abstract string TableName { get; set; }

    /// <summary>
    /// How long silo start-up may spend reaching the storage account and creating the table before it fails.
    /// Default <see cref="DefaultInitializationTimeout"/>.
    /// </summary>
    public TimeSpan InitializationTimeout { get; set; } = DefaultInitializationTimeout;

    /// <summary>
    /// Client settings used with <see cref="ConnectionString"/>: by default <see cref="StorageRetries.ClientOptions"/>
    /// (three retries, 0.5 s to 2 s apart, 10 s per attempt), so an unreachable account fails in seconds, not minutes.
    /// </summary>
    public TableClientOptions ClientOptions { get; set; } = StorageRetries.ClientOptions();
}
