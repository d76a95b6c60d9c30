using Catalog.Storage.Tables;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// Settings of the Azure Table request index. Set exactly one of
/// <see cref="AzureTableConnectionOptions.ConnectionString"/> and <see cref="AzureTableConnectionOptions.TableServiceClient"/>;
/// everything else has a working default.
/// </summary>
public sealed class RequestIndexOptions : AzureTableConnectionOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>RequestIndex</c>.</summary>
    public const string DefaultTableName = "RequestIndex";

    /// <summary>
    /// The table holding the index rows; created on silo start when missing. Default <see cref="DefaultTableName"/>.
    /// Azure's rules apply: 3 to 63 letters or digits, starting with a letter.
    /// </summary>
    public override string TableName { get; set; } = DefaultTableName;
}
