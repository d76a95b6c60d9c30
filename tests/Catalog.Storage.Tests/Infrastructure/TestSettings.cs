namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Configuration keys through which a test hands its silos the Azurite connection and the table.</summary>
public static class TestSettings
{
    /// <summary>The configuration section bound to the storage options.</summary>
    public const string Section = "CatalogStorageTests";

    /// <summary>Azure Storage connection string (Azurite).</summary>
    public const string ConnectionString = Section + ":ConnectionString";

    /// <summary>The table of this test class.</summary>
    public const string TableName = Section + ":TableName";

    /// <summary>A table name no other test class uses: the tests share one Azurite.</summary>
    public static string UniqueTableName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];
}
