using Catalog.Storage.Tables;

namespace Catalog.Storage.Migration;

/// <summary>The grain state table as <see cref="TableOpener"/> opens it at start-up.</summary>
internal sealed class GrainStateTableOptions : AzureTableConnectionOptions
{
    /// <inheritdoc />
    public override string TableName { get; set; } = "";
}
