using Azure.Data.Tables;
using Catalog.Storage.Migration;
using Catalog.Storage.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Catalog.Storage.Tests.Migration;

/// <summary>
/// Records in the layout of Catalog's earlier grain storage, moved by the migration and read back through the
/// official provider as Catalog configures it (the layout is checked against the provider itself).
/// </summary>
public sealed class LegacyGrainStateMigrationTests
{
    private const string ServiceId = "legacy-tests";

    [Fact]
    public async Task Records_of_the_earlier_storage_are_read_through_the_official_provider_after_the_migration()
    {
        var (tables, tableName) = await NewTableAsync();
        var small = new TestState { Text = "small", Version = 3 };
        var large = new TestState { Text = "large", Blob = RandomBytes(300 * 1024) };
        var smallId = GrainIds.New("note/é/漢字#1");
        var largeId = GrainIds.New("large");
        await WriteLegacyAsync(tables, tableName, smallId, "state", small);
        await WriteLegacyAsync(tables, tableName, largeId, "state", large);

        var cluster = await StorageCluster.StartAsync(ConnectionString, tableName, ServiceId);
        try
        {
            var storage = cluster.SiloServices().GetRequiredKeyedService<IGrainStorage>(StorageNames.Keep);
            (await ReadAsync(storage, smallId)).Should().BeEquivalentTo(small);
            (await ReadAsync(storage, largeId)).Blob.Should().Equal(large.Blob);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }

        (await CountLegacyAsync(tables, tableName)).Should().Be(0, "every record left the old layout");
    }

    [Fact]
    public async Task Keys_that_changed_are_moved_under_their_new_key_and_a_cleared_state_is_dropped()
    {
        var (tables, tableName) = await NewTableAsync();
        await WriteLegacyAsync(tables, tableName, GrainIds.New("hr/a/b"), "state", new TestState { Text = "slash" });
        await WriteLegacyAsync(tables, tableName, GrainIds.New("hr/a_b"), "state", new TestState { Text = "underscore" });
        await WriteLegacyAsync(tables, tableName, GrainIds.New("cleared"), "state", state: null);
        var options = new LegacyGrainStateMigrationOptions();
        options.Rekey[GrainIds.Type] = key => key.Replace("/", "~2F", StringComparison.Ordinal);

        var moved = await MigrationOf(tables, tableName, options).RunAsync(CancellationToken.None);

        moved.Should().Be(3);
        var table = tables.GetTableClient(tableName);
        (await table.GetEntityIfExistsAsync<TableEntity>($"{ServiceId}_{GrainIds.Type}_hr~2Fa~2Fb", "state")).HasValue.Should().BeTrue();
        (await table.GetEntityIfExistsAsync<TableEntity>($"{ServiceId}_{GrainIds.Type}_hr~2Fa_b", "state")).HasValue.Should().BeTrue();
        (await table.GetEntityIfExistsAsync<TableEntity>($"{ServiceId}_{GrainIds.Type}_cleared", "state")).HasValue.Should().BeFalse();
        (await CountLegacyAsync(tables, tableName)).Should().Be(0);
    }

    [Fact]
    public async Task A_second_run_moves_nothing_and_a_state_written_since_is_kept()
    {
        var (tables, tableName) = await NewTableAsync();
        var grainId = GrainIds.New("kept");
        await WriteLegacyAsync(tables, tableName, grainId, "state", new TestState { Text = "old" });
        var table = tables.GetTableClient(tableName);
        // A newer state already in the new layout (a migration cut short after inserting it, then a grain write).
        var newer = new TableEntity(OfficialKeys.Partition(ServiceId, grainId), "state") { ["Data"] = new byte[] { 1, 2, 3 } };
        await table.AddEntityAsync(newer);

        var first = await MigrationOf(tables, tableName).RunAsync(CancellationToken.None);
        await WriteLegacyAsync(tables, tableName, GrainIds.New("late"), "state", new TestState { Text = "after the marker" });
        var second = await MigrationOf(tables, tableName).RunAsync(CancellationToken.None);

        first.Should().Be(1);
        second.Should().Be(0, "the marker row says the table was migrated");
        var kept = await table.GetEntityAsync<TableEntity>(newer.PartitionKey, newer.RowKey);
        kept.Value.GetBinary("Data").Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task A_damaged_record_is_left_where_it_is_and_the_others_move()
    {
        var (tables, tableName) = await NewTableAsync();
        await WriteLegacyAsync(tables, tableName, GrainIds.New("fine"), "state", new TestState { Text = "fine" });
        var table = tables.GetTableClient(tableName);
        await table.AddEntityAsync(new TableEntity("damaged", "state") { ["Identity"] = "no separators", ["DataLength"] = 5 });

        var moved = await MigrationOf(tables, tableName).RunAsync(CancellationToken.None);

        moved.Should().Be(2, "both were visited");
        (await table.GetEntityIfExistsAsync<TableEntity>("damaged", "state")).HasValue.Should().BeTrue();
        (await table.GetEntityIfExistsAsync<TableEntity>($"{ServiceId}_{GrainIds.Type}_fine", "state")).HasValue.Should().BeTrue();
    }

    private static string ConnectionString { get; set; } = "";

    private static async Task<(TableServiceClient Tables, string TableName)> NewTableAsync()
    {
        ConnectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        var tables = new TableServiceClient(ConnectionString);
        var tableName = TestSettings.UniqueTableName("legacy");
        await tables.CreateTableIfNotExistsAsync(tableName);
        return (tables, tableName);
    }

    private static LegacyGrainStateMigration MigrationOf(
        TableServiceClient tables, string tableName, LegacyGrainStateMigrationOptions? options = null) =>
        new(tables, tableName, Options.Create(options ?? new LegacyGrainStateMigrationOptions()), NullLogger<LegacyGrainStateMigration>.Instance);

    // Exactly as the earlier storage wrote a record: escaped keys, the identity, the length and Data0..N.
    private static async Task WriteLegacyAsync(TableServiceClient tables, string tableName, GrainId grainId, string stateName, TestState? state)
    {
        var partition = TableKeyEncoding.Escape(ServiceId) + "|" + TableKeyEncoding.Escape(grainId.ToString());
        var row = TableKeyEncoding.Escape(stateName);
        var entity = new TableEntity(TableKeyEncoding.Fit(partition), TableKeyEncoding.Fit(row))
        {
            ["Identity"] = partition + "|" + row,
        };
        var payload = state is null ? [] : Serializer.Serialize(state).ToArray();
        entity["DataLength"] = payload.Length;
        for (int offset = 0, index = 0; offset < payload.Length; offset += 64 * 1024, index++)
        {
            entity["Data" + index] = payload.AsSpan(offset, Math.Min(64 * 1024, payload.Length - offset)).ToArray();
        }

        await tables.GetTableClient(tableName).AddEntityAsync(entity);
    }

    private static readonly IGrainStorageSerializer Serializer = new OrleansGrainStorageSerializer(
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Orleans.Serialization.Serializer>());

    private static async Task<TestState> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var read = new StoredState();
        await storage.ReadStateAsync("state", grainId, read);
        read.RecordExists.Should().BeTrue($"the state of {grainId} was migrated");
        return read.State;
    }

    private static async Task<int> CountLegacyAsync(TableServiceClient tables, string tableName)
    {
        var count = 0;
        await foreach (var entity in tables.GetTableClient(tableName).QueryAsync<TableEntity>())
        {
            count += entity.ContainsKey("DataLength") ? 1 : 0;
        }

        return count;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
