using Azure.Data.Tables;
using Catalog.Storage.Migration;
using Catalog.Storage.Requests;
using Orleans.Storage;

namespace Catalog.Storage.Tests.RequestStore;

/// <summary>The request store on Azurite: group commit, ETags, big states, filing keys and the copy of the official provider's rows.</summary>
public sealed class RequestStoreTests : IAsyncLifetime
{
    private readonly RequestStoreHarness harness = new();

    private AzureTableRequestStore Store => harness.Store;

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        await Store.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Many_requests_of_one_provider_written_at_once_share_transactions_and_are_all_stored()
    {
        var provider = RequestStoreHarness.Provider();
        var states = Enumerable.Range(1, 60).Select(i => (Id: $"{provider}-{i:D6}", State: new KeyedGrainState { State = new KeyedState { Text = "v1 " + i } })).ToList();
        var before = harness.Wire.Requests;

        await Task.WhenAll(states.Select(s => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(s.Id), s.State)));
        var inserts = harness.Wire.Requests - before;
        foreach (var (_, state) in states)
        {
            state.State.Text = state.State.Text.Replace("v1", "v2", StringComparison.Ordinal);
        }

        before = harness.Wire.Requests;
        await Task.WhenAll(states.Select(s => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(s.Id), s.State)));
        var updates = harness.Wire.Requests - before;

        inserts.Should().BeLessThan(30, "60 inserts of one partition go together, up to 100 a transaction");
        updates.Should().BeLessThan(30, "so do 60 updates");
        foreach (var (id, state) in states)
        {
            var read = new KeyedGrainState();
            await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), read);
            read.RecordExists.Should().BeTrue();
            read.State.Text.Should().Be(state.State.Text);
            read.ETag.Should().Be(state.ETag, "each writer was given its own row's new ETag");
        }
    }

    [Fact]
    public async Task A_stale_ETag_refuses_that_write_alone_and_its_transaction_neighbours_are_stored()
    {
        var provider = RequestStoreHarness.Provider();
        var states = Enumerable.Range(1, 20).Select(i => (Id: $"{provider}-{i:D6}", State: new KeyedGrainState { State = new KeyedState { Text = "first" } })).ToList();
        await Task.WhenAll(states.Select(s => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(s.Id), s.State)));
        var stale = new KeyedGrainState { State = new KeyedState { Text = "stale" }, ETag = states[7].State.ETag };
        await Store.WriteStateAsync("request", RequestStoreHarness.IdOf(states[7].Id), new KeyedGrainState { State = new KeyedState { Text = "newer" }, ETag = states[7].State.ETag });

        var writes = states.Select((s, i) => i == 7
                ? Store.WriteStateAsync("request", RequestStoreHarness.IdOf(s.Id), stale)
                : Store.WriteStateAsync("request", RequestStoreHarness.IdOf(s.Id), new KeyedGrainState { State = new KeyedState { Text = "second" }, ETag = s.State.ETag }))
            .ToList();
        var all = Task.WhenAll(writes);
        await FluentActions.Awaiting(() => all).Should().ThrowAsync<InconsistentStateException>();

        writes.Where(w => w.IsFaulted).Should().ContainSingle().Which.Should().BeSameAs(writes[7]);
        for (var i = 0; i < states.Count; i++)
        {
            var read = new KeyedGrainState();
            await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(states[i].Id), read);
            read.State.Text.Should().Be(i == 7 ? "newer" : "second");
        }
    }

    [Fact]
    public async Task An_insert_of_a_request_stored_already_is_refused()
    {
        var id = RequestStoreHarness.Provider() + "-000001";
        await Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), new KeyedGrainState { State = new KeyedState { Text = "one" } });

        var again = () => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), new KeyedGrainState { State = new KeyedState { Text = "two" } });

        await again.Should().ThrowAsync<InconsistentStateException>();
        var read = new KeyedGrainState();
        await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), read);
        read.State.Text.Should().Be("one");
    }

    [Fact]
    public async Task A_state_over_64_KiB_round_trips_over_several_binary_columns_and_one_over_an_entity_is_refused()
    {
        var id = RequestStoreHarness.Provider() + "-000001";
        var blob = new byte[200 * 1024];
        Random.Shared.NextBytes(blob);
        var written = new KeyedGrainState { State = new KeyedState { Text = "big", Blob = blob } };

        await Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), written);
        var read = new KeyedGrainState();
        await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), read);

        read.State.Blob.Should().Equal(blob);
        var row = (await harness.Table.GetEntityAsync<TableEntity>(RequestStoreKeys.PartitionOf(id), id)).Value;
        row.Keys.Count(k => k.StartsWith("Data", StringComparison.Ordinal)).Should().Be(4, "200 KiB takes four 64 KiB columns");
        var tooBig = new KeyedGrainState { State = new KeyedState { Blob = new byte[RequestStateEntity.ChunkSize * RequestStateEntity.MaxChunks] }, ETag = written.ETag };
        await FluentActions.Awaiting(() => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), tooBig)).Should().ThrowAsync<InvalidOperationException>();
        var after = new KeyedGrainState();
        await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), after);
        after.ETag.Should().Be(written.ETag);
    }

    [Fact]
    public async Task A_filing_key_is_stored_with_the_first_write_and_refuses_a_second_request()
    {
        var provider = RequestStoreHarness.Provider();
        var (first, second) = ($"{provider}-000001", $"{provider}-000002");
        await Store.WriteStateAsync("request", RequestStoreHarness.IdOf(first), new KeyedGrainState { State = new KeyedState { Text = "first", FilingKey = "hr:retry-1" } });

        var duplicate = () => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(second), new KeyedGrainState { State = new KeyedState { Text = "second", FilingKey = "hr:retry-1" } });

        await duplicate.Should().ThrowAsync<InconsistentStateException>();
        (await Store.FindAsync(second, "hr:retry-1")).Should().Be(first);
        (await Store.FindAsync(second, "hr:other")).Should().BeNull();
        var read = new KeyedGrainState();
        await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(second), read);
        read.RecordExists.Should().BeFalse("state and key are stored together or not at all");
    }

    [Fact]
    public async Task Twenty_requests_written_at_once_with_one_filing_key_store_exactly_one()
    {
        var provider = RequestStoreHarness.Provider();
        var ids = Enumerable.Range(1, 20).Select(i => $"{provider}-{i:D6}").ToList();
        var others = Enumerable.Range(100, 20).Select(i => $"{provider}-{i:D6}").ToList();

        var writes = ids.Select(id => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), new KeyedGrainState { State = new KeyedState { Text = id, FilingKey = "it:same" } })).ToList();
        var neighbours = others.Select(id => Store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), new KeyedGrainState { State = new KeyedState { Text = id, FilingKey = "it:" + id } })).ToList();
        await Task.WhenAll(writes.Concat(neighbours).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        writes.Count(w => w.IsCompletedSuccessfully).Should().Be(1);
        writes.Where(w => !w.IsCompletedSuccessfully).Should().OnlyContain(w => w.Exception!.InnerException is InconsistentStateException);
        neighbours.Should().OnlyContain(w => w.IsCompletedSuccessfully, "requests with keys of their own are stored");
        var winner = ids[writes.FindIndex(w => w.IsCompletedSuccessfully)];
        (await Store.FindAsync(ids[0], "it:same")).Should().Be(winner);
        var stored = await harness.Table.QueryAsync<TableEntity>(e => e.PartitionKey == provider).ToListAsync();
        stored.Count(e => ids.Contains(e.RowKey)).Should().Be(1);
    }

    [Fact]
    public async Task Request_states_of_the_official_provider_are_copied_once_and_load()
    {
        var official = harness.Tables.GetTableClient(harness.OfficialTableName);
        await official.CreateIfNotExistsAsync();
        var provider = RequestStoreHarness.Provider();
        var id = provider + "-000042";
        var blob = new byte[100 * 1024];
        Random.Shared.NextBytes(blob);
        var payload = harness.Serializer.SerializeToArray(new KeyedState { Text = "before the upgrade", Blob = blob });
        await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request", id, "request", payload));
        // Rows the copy leaves alone: another state of the same grain type, another service's request.
        await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request-intake", "hr:k", "request-intake", payload));
        await official.AddEntityAsync(OfficialGrainStateEntity.Create("other-service", "catalog.request", provider + "-000043", "request", payload));
        // The fixture's start found no official table and marked the copy done: start as on a store never copied.
        await harness.Table.DeleteEntityAsync(RequestStoreKeys.MarkerPartition, RequestStateMigration.MarkerRow);

        var store = harness.NewStore();
        await store.InitializeAsync(CancellationToken.None);
        var read = new KeyedGrainState();
        await store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), read);

        read.RecordExists.Should().BeTrue();
        read.State.Text.Should().Be("before the upgrade");
        read.State.Blob.Should().Equal(blob);
        var rows = await harness.Table.QueryAsync<TableEntity>(e => e.PartitionKey == provider).ToListAsync();
        rows.Select(r => r.RowKey).Should().Equal(id);

        // Written since, then a second start: the marker says the copy is done, so the newer state stays.
        read.State.Text = "after";
        await store.WriteStateAsync("request", RequestStoreHarness.IdOf(id), read);
        await harness.NewStore().InitializeAsync(CancellationToken.None);
        var again = new KeyedGrainState();
        await store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), again);
        again.State.Text.Should().Be("after");
    }

    [Fact]
    public async Task Intake_rows_of_the_earlier_version_become_filing_keys_of_the_requests_they_filed()
    {
        var official = harness.Tables.GetTableClient(harness.OfficialTableName);
        await official.CreateIfNotExistsAsync();
        var provider = RequestStoreHarness.Provider();
        var (filed, lost) = ($"{provider}-000001", $"{provider}-000002");
        await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request", filed, "request", harness.Serializer.SerializeToArray(new KeyedState { Text = "filed" })));
        // One key whose request was stored, one whose reserved request never was (its retry must file anew).
        await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request-intake", "hr:key~2F1", "request-intake", harness.Serializer.SerializeToArray(new KeyedState { Text = filed })));
        await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request-intake", "hr:key-2", "request-intake", harness.Serializer.SerializeToArray(new KeyedState { Text = lost })));
        await harness.Table.DeleteEntityAsync(RequestStoreKeys.MarkerPartition, RequestStateMigration.MarkerRow);

        var store = harness.NewStore();
        await store.InitializeAsync(CancellationToken.None);

        (await store.FindAsync(filed, "hr:key~2F1")).Should().Be(filed);
        (await store.FindAsync(filed, "hr:key-2")).Should().BeNull();
        var duplicate = () => store.WriteStateAsync("request", RequestStoreHarness.IdOf($"{provider}-000003"), new KeyedGrainState { State = new KeyedState { FilingKey = "hr:key~2F1" } });
        await duplicate.Should().ThrowAsync<InconsistentStateException>();
    }

    [Fact]
    public async Task A_copy_cut_short_runs_again_and_keeps_what_is_there()
    {
        var official = harness.Tables.GetTableClient(harness.OfficialTableName);
        await official.CreateIfNotExistsAsync();
        var provider = RequestStoreHarness.Provider();
        var ids = Enumerable.Range(1, 30).Select(i => $"{provider}-{i:D6}").ToList();
        foreach (var id in ids)
        {
            await official.AddEntityAsync(OfficialGrainStateEntity.Create(RequestStoreHarness.ServiceId, "catalog.request", id, "request", harness.Serializer.SerializeToArray(new KeyedState { Text = "old " + id })));
        }

        // What a start that stopped half-way leaves: some rows copied (one written since), no marker.
        await harness.Table.DeleteEntityAsync(RequestStoreKeys.MarkerPartition, RequestStateMigration.MarkerRow);
        await harness.Table.AddEntityAsync(RequestStateEntity.Create(ids[0], harness.Serializer.SerializeToArray(new KeyedState { Text = "newer" })));

        await harness.NewStore().InitializeAsync(CancellationToken.None);

        foreach (var id in ids)
        {
            var read = new KeyedGrainState();
            await Store.ReadStateAsync("request", RequestStoreHarness.IdOf(id), read);
            read.State.Text.Should().Be(id == ids[0] ? "newer" : "old " + id);
        }
    }
}
