using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;

namespace Catalog.Storage.Tests.Tables;

/// <summary>The silo's group commit on a real table (Azurite), its round trips counted on the wire.</summary>
public sealed class TableBatchWriterTests : IAsyncLifetime
{
    private readonly CountingPolicy wire = new();
    private readonly string tableName = TestSettings.UniqueTableName("batches");
    private TableClient table = null!;

    public async Task InitializeAsync()
    {
        var connectionString = (await AzuriteServer.GetAsync()).ConnectionString;
        table = new TableServiceClient(connectionString, wire.Options()).GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync() => table.DeleteAsync();

    [Fact]
    public async Task Many_concurrent_upserts_of_one_partition_take_far_fewer_round_trips_and_are_all_stored()
    {
        var writer = new TableBatchWriter();
        var before = wire.Requests;

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => writer.UpsertAsync(table, Row("p", i))));

        var trips = wire.Requests - before;
        trips.Should().BeLessThanOrEqualTo(50, "500 upserts of one partition go as transactions of up to 100");
        writer.RoundTrips.Should().Be(trips);
        var stored = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "p").ToListAsync();
        stored.Should().HaveCount(500);
        stored.Should().OnlyContain(e => e.GetString("Value") == "v" + e.RowKey);
    }

    [Fact]
    public async Task Partitions_are_written_side_by_side_each_in_its_own_transactions()
    {
        var writer = new TableBatchWriter();

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => writer.UpsertAsync(table, Row("q" + (i % 3), i))));

        writer.RoundTrips.Should().BeLessThanOrEqualTo(30);
        (await table.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("q") > 0 && e.PartitionKey.CompareTo("r") < 0).ToListAsync())
            .Should().HaveCount(300);
    }

    [Fact]
    public async Task A_refused_entity_fails_alone_and_the_others_of_its_transaction_are_stored()
    {
        var writer = new TableBatchWriter();
        var bad = Row("f", 999);
        bad["Bad"] = new string('x', 70_000); // over the 64 KiB a string property may hold

        var writes = Enumerable.Range(0, 40).Select(i => writer.UpsertAsync(table, Row("f", i))).Append(writer.UpsertAsync(table, bad)).ToList();
        var all = Task.WhenAll(writes);
        await FluentActions.Awaiting(() => all).Should().ThrowAsync<Azure.RequestFailedException>();

        writes.Count(w => w.IsFaulted).Should().Be(1);
        (await table.QueryAsync<TableEntity>(e => e.PartitionKey == "f").ToListAsync()).Should().HaveCount(40);
    }

    [Fact]
    public async Task An_insert_of_a_row_stored_already_is_done_and_leaves_it_as_it_was_without_failing_its_neighbours()
    {
        var writer = new TableBatchWriter();
        await writer.InsertAsync(table, Row("i", 1));
        var replay = Row("i", 1);
        replay["Value"] = "changed";

        var results = await Task.WhenAll(new[] { replay }.Concat(Enumerable.Range(2, 20).Select(i => Row("i", i))).Select(e => writer.InsertAsync(table, e)));

        results[0].Should().Be(TableWriteResult.Existed);
        results[1..].Should().OnlyContain(r => r == TableWriteResult.Stored);
        (await table.GetEntityAsync<TableEntity>("i", Row("i", 1).RowKey)).Value.GetString("Value").Should().Be("v" + Row("i", 1).RowKey);
        (await table.QueryAsync<TableEntity>(e => e.PartitionKey == "i").ToListAsync()).Should().HaveCount(21);
    }

    [Fact]
    public async Task Replaces_of_one_row_waiting_together_store_the_last_and_complete_every_caller()
    {
        var writer = new TableBatchWriter();
        var blocker = writer.UpsertAsync(table, Row("c", 0));
        var versions = Enumerable.Range(1, 10).Select(v =>
        {
            var row = Row("c", 1);
            row["Value"] = "version " + v;
            return writer.UpsertAsync(table, row);
        }).ToList();

        await Task.WhenAll(versions.Append(blocker));

        (await table.GetEntityAsync<TableEntity>("c", Row("c", 1).RowKey)).Value.GetString("Value").Should().Be("version 10");
        writer.RoundTrips.Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_delete_of_a_missing_row_is_done()
    {
        var writer = new TableBatchWriter();
        await writer.UpsertAsync(table, Row("d", 1));

        await Task.WhenAll(writer.DeleteAsync(table, "d", Row("d", 1).RowKey), writer.DeleteAsync(table, "d", "missing"));

        (await table.QueryAsync<TableEntity>(e => e.PartitionKey == "d").ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Groups_share_transactions_with_other_writes_and_a_refused_group_stores_none_of_its_rows()
    {
        var writer = new TableBatchWriter();
        await writer.InsertAsync(table, Row("g", 0));
        var before = wire.Requests;

        var upserts = Enumerable.Range(100, 30).Select(i => writer.UpsertAsync(table, Row("g", i))).ToList();
        var stored = writer.WriteTogetherAsync(table, [
            new TableTransactionAction(TableTransactionActionType.Add, Row("g", 1)),
            new TableTransactionAction(TableTransactionActionType.Add, Row("g", 2))]);
        var refused = writer.WriteTogetherAsync(table, [
            new TableTransactionAction(TableTransactionActionType.Add, Row("g", 3)),
            new TableTransactionAction(TableTransactionActionType.Add, Row("g", 0))]); // stored already
        await Task.WhenAll(upserts.Append(stored).Select(t => t));
        var failure = await FluentActions.Awaiting(() => refused).Should().ThrowAsync<Azure.RequestFailedException>();

        failure.Which.Status.Should().Be(409);
        (wire.Requests - before).Should().BeLessThan(10, "32 writes of one partition go in a few transactions, the refused group alone");
        var etags = await stored;
        etags.Should().HaveCount(2);
        (await table.GetEntityAsync<TableEntity>("g", Row("g", 1).RowKey)).Value.ETag.Should().Be(etags[0]);
        (await table.GetEntityIfExistsAsync<TableEntity>("g", Row("g", 3).RowKey)).HasValue.Should().BeFalse("a group is stored all or none");
        (await table.QueryAsync<TableEntity>(e => e.PartitionKey == "g").ToListAsync()).Should().HaveCount(33);
    }

    private static TableEntity Row(string partition, int i)
    {
        var row = i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        return new TableEntity(partition, row) { ["Value"] = "v" + row };
    }
}
