using Catalog.Storage.Tables;

namespace Catalog.Grains.Scorecards;

/// <summary>
/// Settings of the Azure Table facts store. Set exactly one of <see cref="AzureTableConnectionOptions.ConnectionString"/>
/// and <see cref="AzureTableConnectionOptions.TableServiceClient"/>; everything else has a working default.
/// </summary>
public sealed class RequestFactsOptions : AzureTableConnectionOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>RequestFacts</c>.</summary>
    public const string DefaultTableName = "RequestFacts";

    /// <summary>The table holding the facts rows; created on silo start when missing. Default <see cref="DefaultTableName"/>.</summary>
    public override string TableName { get; set; } = DefaultTableName;
}
