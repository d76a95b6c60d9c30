using System.IO.Compression;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Testing;

namespace Catalog.Functional.Tests.Platform;

/// <summary>
/// The platform started on a store that the earlier version of Catalog wrote with its own grain storage (commit
/// a04709a: demo organisation, demo requests, IT-000006 acknowledged, IT-000006 and IT-000007 filed with the
/// idempotency keys "legacy/a#1" and "legacy_a_1"), in an Azurite of its own, under the default table names.
/// </summary>
public sealed class LegacyStorePlatform : CatalogPlatform
{
    private static readonly string Fixture = Path.Combine(
        RepositoryPaths.Root, "tests", "Catalog.Functional.Tests", "Platform", "LegacyStore", "azurite-table-db.json.gz");

    private readonly string location = Path.Combine(Path.GetTempPath(), "catalog-legacy-" + Guid.NewGuid().ToString("N"));
    private AzuriteServer? azurite;

    /// <summary>The Azurite holding the legacy store.</summary>
    public AzuriteServer Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    protected override bool SeedDemoData => false;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Tables"] = Azurite.ConnectionString,
        ["Storage:GrainStateTable"] = "CatalogGrainState",
        ["Storage:RequestIndexTable"] = "RequestIndex",
        ["Storage:AuditTable"] = "catalogaudit",
    };

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(location);
        await using (var source = File.OpenRead(Fixture))
        await using (var gzip = new GZipStream(source, CompressionMode.Decompress))
        await using (var target = File.Create(Path.Combine(location, "__azurite_db_table__.json")))
        {
            await gzip.CopyToAsync(target);
        }

        azurite = await AzuriteServer.StartOnAsync(location);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        Directory.Delete(location, recursive: true);
    }
}
