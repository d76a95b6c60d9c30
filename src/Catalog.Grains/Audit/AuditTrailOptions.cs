using Azure.Core;
using Azure.Data.Tables;
using Orleans;

namespace Catalog.Grains.Audit;

/// <summary>
/// Settings of the Azure Table audit trail. Set exactly one of <see cref="ConnectionString"/> and
/// <see cref="TableServiceClient"/>; everything else has a working default.
/// </summary>
public sealed class AuditTrailOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>catalogaudit</c>.</summary>
    public const string DefaultTableName = "catalogaudit";

    /// <summary>The default for <see cref="InitializationTimeout"/>: 20 seconds.</summary>
    public static readonly TimeSpan DefaultInitializationTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The default for <see cref="QueryLookBack"/>: 366 days.</summary>
    public static readonly TimeSpan DefaultQueryLookBack = TimeSpan.FromDays(366);

    /// <summary>
    /// An Azure Storage connection string (account key, SAS or Azurite). Required unless
    /// <see cref="TableServiceClient"/> is set. Never logged.
    /// </summary>
    [RedactConnectionString]
    public string? ConnectionString { get; set; }

    /// <summary>
    /// A ready client, for managed identity or other credentials. Required unless <see cref="ConnectionString"/>
    /// is set. Its own retry settings apply; <see cref="ClientOptions"/> is ignored.
    /// </summary>
    public TableServiceClient? TableServiceClient { get; set; }

    /// <summary>
    /// The table holding the entries, one partition per UTC day; created on silo start when missing. Default
    /// <see cref="DefaultTableName"/>. Azure's rules apply: 3 to 63 letters or digits, starting with a letter.
    /// </summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// How long silo start-up may spend reaching the storage account and creating the table before it fails.
    /// Default <see cref="DefaultInitializationTimeout"/>.
    /// </summary>
    public TimeSpan InitializationTimeout { get; set; } = DefaultInitializationTimeout;

    /// <summary>
    /// How far back a search without a start ("from") looks, from its end ("to", or now). Each day is one partition
    /// read, so this bounds the cost of a search that finds fewer entries than its limit. Default
    /// <see cref="DefaultQueryLookBack"/>.
    /// </summary>
    public TimeSpan QueryLookBack { get; set; } = DefaultQueryLookBack;

    /// <summary>
    /// Client settings used with <see cref="ConnectionString"/>. The default retries three times, from 0.5 s up to
    /// 4 s apart, with a 30 s network timeout per attempt, as the grain storage does.
    /// </summary>
    public TableClientOptions ClientOptions { get; set; } = CreateDefaultClientOptions();

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
