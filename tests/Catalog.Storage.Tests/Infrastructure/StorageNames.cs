namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>The storages the test silos register; grains and tests name them through these constants.</summary>
public static class StorageNames
{
    /// <summary>Azure Table storage that keeps an empty record on clear (DeleteStateOnClear = false).</summary>
    public const string Keep = "tables-keep";

    /// <summary>Azure Table storage that deletes the entity on clear (DeleteStateOnClear = true).</summary>
    public const string Delete = "tables-delete";
}
