using Catalog.Storage.Tables;

namespace Catalog.Grains.Audit;

/// <summary>
/// Settings of the Azure Table audit trail. Set exactly one of
/// <see cref="AzureTableConnectionOptions.ConnectionString"/> and <see cref="AzureTableConnectionOptions.TableServiceClient"/>;
/// everything else has a working default.
/// </summary>
public sealed class AuditTrailOptions : AzureTableConnectionOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>catalogaudit</c>.</summary>
    public const string DefaultTableName = "catalogaudit";

    /// <summary>The default for <see cref="QueryLookBack"/>: 366 days.</summary>
    public static readonly TimeSpan DefaultQueryLookBack = TimeSpan.FromDays(366);

    /// <summary>
    /// The table holding the entries, one partition per UTC day; created on silo start when missing. Default
    /// <see cref="DefaultTableName"/>. Azure's rules apply: 3 to 63 letters or digits, starting with a letter.
    /// </summary>
    public override string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// How far back a search without a start ("from") looks, from its end ("to", or now). Each day is one partition
    /// read, so this bounds the cost of a search that finds fewer entries than its limit. Default
    /// <see cref="DefaultQueryLookBack"/>.
    /// </summary>
    public TimeSpan QueryLookBack { get; set; } = DefaultQueryLookBack;
}
