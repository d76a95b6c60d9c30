using Catalog.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>Orleans' grain storage contract, checked on the storage the silo built, against Azurite.</summary>
public sealed class StorageContractTests(StorageClusterFixture fixture) : IClassFixture<StorageClusterFixture>
{
    private const string StateName = "state";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reading_a_state_never_written_gives_no_record_a_null_etag_and_a_new_state(bool deleteOnClear)
    {
        var leftover = new TestState { Text = "left over", Version = 7 };
        var grainState = new StoredState { State = leftover, ETag = "stale", RecordExists = true };

        await fixture.Storage(deleteOnClear).ReadStateAsync(StateName, GrainIds.New(), grainState);

        grainState.RecordExists.Should().BeFalse();
        grainState.ETag.Should().BeNull();
        grainState.State.Should().NotBeNull().And.NotBeSameAs(leftover);
        grainState.State.Text.Should().BeEmpty();
        grainState.State.Version.Should().Be(0);
    }

    [Fact]
    public async Task A_written_state_reads_back_with_the_etag_of_the_write()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var written = new StoredState { State = new TestState { Text = "hello", Version = 1, Blob = [1, 2, 3] } };

        await storage.WriteStateAsync(StateName, grainId, written);
        var read = await ReadAsync(storage, grainId);

        written.ETag.Should().NotBeNullOrEmpty();
        written.RecordExists.Should().BeTrue();
        read.RecordExists.Should().BeTrue();
        read.ETag.Should().Be(written.ETag);
        read.State.Should().BeEquivalentTo(written.State);
    }

    [Fact]
    public async Task Every_write_yields_a_new_etag()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var grainState = new StoredState { State = new TestState() };
        var etags = new List<string?>();

        for (var version = 1; version <= 4; version++)
        {
            grainState.State.Version = version;
            await storage.WriteStateAsync(StateName, grainId, grainState);
            etags.Add(grainState.ETag);
        }

        etags.Should().OnlyHaveUniqueItems().And.NotContainNulls();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_with_a_stale_etag_throws_InconsistentStateException_and_changes_nothing(bool deleteOnClear)
    {
        var storage = fixture.Storage(deleteOnClear);
        var grainId = GrainIds.New();
        var first = await WriteNewAsync(storage, grainId, "first");
        var stale = first.ETag;
        var second = new StoredState { State = new TestState { Text = "second" }, ETag = first.ETag };
        await storage.WriteStateAsync(StateName, grainId, second);
        var late = new StoredState { State = new TestState { Text = "late" }, ETag = stale };

        var write = () => storage.WriteStateAsync(StateName, grainId, late);

        (await write.Should().ThrowAsync<InconsistentStateException>()).Which.Message.Should().Contain(grainId.ToString());
        late.ETag.Should().Be(stale, "a refused write leaves the caller's ETag alone");
        var stored = await ReadAsync(storage, grainId);
        stored.State.Text.Should().Be("second");
        stored.ETag.Should().Be(second.ETag);
    }

    [Fact]
    public async Task A_write_without_an_etag_when_the_record_exists_throws_and_changes_nothing()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var existing = await WriteNewAsync(storage, grainId, "existing");
        var blind = new StoredState { State = new TestState { Text = "blind" } };

        var write = () => storage.WriteStateAsync(StateName, grainId, blind);

        (await write.Should().ThrowAsync<InconsistentStateException>()).Which.Message.Should().Contain(grainId.ToString());
        var stored = await ReadAsync(storage, grainId);
        stored.State.Text.Should().Be("existing");
        stored.ETag.Should().Be(existing.ETag);
    }

    [Fact]
    public async Task A_write_with_an_etag_when_no_record_exists_throws_and_creates_nothing()
    {
        var storage = fixture.Storage(false);
        var elsewhere = await WriteNewAsync(storage, GrainIds.New(), "another grain");
        var grainId = GrainIds.New();
        var grainState = new StoredState { State = new TestState { Text = "ghost" }, ETag = elsewhere.ETag };

        var write = () => storage.WriteStateAsync(StateName, grainId, grainState);

        (await write.Should().ThrowAsync<InconsistentStateException>()).Which.Message.Should().Contain(grainId.ToString());
        (await ReadAsync(storage, grainId)).RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task Clearing_keeps_an_empty_record_with_a_new_etag_when_DeleteStateOnClear_is_false()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var grainState = await WriteNewAsync(storage, grainId, "to clear");
        var writeETag = grainState.ETag;

        await storage.ClearStateAsync(StateName, grainId, grainState);

        grainState.ETag.Should().NotBeNullOrEmpty().And.NotBe(writeETag);
        grainState.RecordExists.Should().BeFalse();
        grainState.State.Text.Should().BeEmpty();
        var read = await ReadAsync(storage, grainId);
        read.RecordExists.Should().BeFalse();
        read.ETag.Should().Be(grainState.ETag);
        read.State.Text.Should().BeEmpty();
        (await CountEntitiesAsync(grainId)).Should().Be(1, "the cleared record stays in the table");
    }

    [Fact]
    public async Task Clearing_deletes_the_entity_and_nulls_the_etag_when_DeleteStateOnClear_is_true()
    {
        var storage = fixture.Storage(true);
        var grainId = GrainIds.New();
        var grainState = await WriteNewAsync(storage, grainId, "to delete");

        await storage.ClearStateAsync(StateName, grainId, grainState);

        grainState.ETag.Should().BeNull();
        grainState.RecordExists.Should().BeFalse();
        grainState.State.Text.Should().BeEmpty();
        var read = await ReadAsync(storage, grainId);
        read.RecordExists.Should().BeFalse();
        read.ETag.Should().BeNull();
        (await CountEntitiesAsync(grainId)).Should().Be(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_clear_with_a_stale_etag_throws_and_changes_nothing(bool deleteOnClear)
    {
        var storage = fixture.Storage(deleteOnClear);
        var grainId = GrainIds.New();
        var first = await WriteNewAsync(storage, grainId, "first");
        var stale = first.ETag;
        await storage.WriteStateAsync(StateName, grainId, first);
        var late = new StoredState { State = new TestState(), ETag = stale };

        var clear = () => storage.ClearStateAsync(StateName, grainId, late);

        await clear.Should().ThrowAsync<InconsistentStateException>();
        late.ETag.Should().Be(stale);
        var stored = await ReadAsync(storage, grainId);
        stored.RecordExists.Should().BeTrue();
        stored.State.Text.Should().Be("first");
        stored.ETag.Should().Be(first.ETag);
    }

    [Theory]
    // With DeleteStateOnClear (not how Catalog runs it) the official provider deletes without a condition.
    [InlineData(false)]
    public async Task A_clear_without_an_etag_when_the_record_exists_throws_and_changes_nothing(bool deleteOnClear)
    {
        var storage = fixture.Storage(deleteOnClear);
        var grainId = GrainIds.New();
        var existing = await WriteNewAsync(storage, grainId, "existing");

        var clear = () => storage.ClearStateAsync(StateName, grainId, new StoredState { State = new TestState() });

        (await clear.Should().ThrowAsync<InconsistentStateException>()).Which.Message.Should().Contain(grainId.ToString());
        var stored = await ReadAsync(storage, grainId);
        stored.State.Text.Should().Be("existing");
        stored.ETag.Should().Be(existing.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_after_a_clear_with_the_clear_etag_succeeds(bool deleteOnClear)
    {
        var storage = fixture.Storage(deleteOnClear);
        var grainId = GrainIds.New();
        var grainState = await WriteNewAsync(storage, grainId, "before");
        await storage.ClearStateAsync(StateName, grainId, grainState);
        var clearETag = grainState.ETag;

        grainState.State.Text = "after";
        await storage.WriteStateAsync(StateName, grainId, grainState);

        grainState.ETag.Should().NotBeNullOrEmpty().And.NotBe(clearETag);
        grainState.RecordExists.Should().BeTrue();
        var read = await ReadAsync(storage, grainId);
        read.State.Text.Should().Be("after");
        read.ETag.Should().Be(grainState.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Clearing_a_state_never_written_succeeds_and_a_write_can_follow(bool deleteOnClear)
    {
        var storage = fixture.Storage(deleteOnClear);
        var grainId = GrainIds.New();
        var grainState = new StoredState { State = new TestState() };

        await storage.ClearStateAsync(StateName, grainId, grainState);
        if (deleteOnClear)
        {
            grainState.ETag.Should().BeNull("there is no record to carry an ETag");
        }
        else
        {
            grainState.ETag.Should().NotBeNullOrEmpty("the empty record is a new version");
        }

        grainState.State.Text = "written";
        await storage.WriteStateAsync(StateName, grainId, grainState);
        (await ReadAsync(storage, grainId)).State.Text.Should().Be("written");
    }

    [Fact]
    public async Task Different_state_names_of_one_grain_are_independent()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var profile = new StoredState { State = new TestState { Text = "profile" } };
        var orders = new StoredState { State = new TestState { Text = "orders" } };
        await storage.WriteStateAsync("profile", grainId, profile);
        await storage.WriteStateAsync("orders", grainId, orders);

        await storage.ClearStateAsync("profile", grainId, profile);
        var ordersWithProfileETag = new StoredState { State = new TestState { Text = "hijack" }, ETag = profile.ETag };
        var crossWrite = () => storage.WriteStateAsync("orders", grainId, ordersWithProfileETag);

        await crossWrite.Should().ThrowAsync<InconsistentStateException>("an ETag belongs to one state only");
        var readProfile = await ReadAsync(storage, grainId, "profile");
        var readOrders = await ReadAsync(storage, grainId, "orders");
        readProfile.RecordExists.Should().BeFalse();
        readOrders.RecordExists.Should().BeTrue();
        readOrders.State.Text.Should().Be("orders");
        readOrders.ETag.Should().Be(orders.ETag);
    }

    [Fact]
    public async Task Fifty_grains_written_in_parallel_each_read_back_their_own_state()
    {
        var storage = fixture.Storage(false);
        var grains = Enumerable.Range(0, 50).Select(i => (Id: GrainIds.New($"parallel-{i}-{Guid.NewGuid():N}"), Index: i)).ToList();

        await Task.WhenAll(grains.Select(g => storage.WriteStateAsync(
            StateName, g.Id, new StoredState { State = new TestState { Text = g.Id.ToString(), Version = g.Index } })));
        var reads = await Task.WhenAll(grains.Select(g => ReadAsync(storage, g.Id)));

        reads.Should().HaveCount(50);
        for (var i = 0; i < grains.Count; i++)
        {
            reads[i].RecordExists.Should().BeTrue();
            reads[i].State.Text.Should().Be(grains[i].Id.ToString());
            reads[i].State.Version.Should().Be(i);
        }
    }

    [Fact]
    public async Task Of_ten_concurrent_writes_with_the_same_etag_exactly_one_wins()
    {
        var storage = fixture.Storage(false);
        var grainId = GrainIds.New();
        var start = await WriteNewAsync(storage, grainId, "start");
        var writers = Enumerable.Range(0, 10)
            .Select(i => new StoredState { State = new TestState { Text = $"writer {i}" }, ETag = start.ETag })
            .ToList();

        var outcomes = await Task.WhenAll(writers.Select(async writer =>
        {
            try
            {
                await storage.WriteStateAsync(StateName, grainId, writer);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        outcomes.Count(won => won).Should().Be(1);
        var winner = writers[Array.IndexOf(outcomes, true)];
        (await ReadAsync(storage, grainId)).State.Text.Should().Be(winner.State.Text);
    }

    private static async Task<StoredState> WriteNewAsync(IGrainStorage storage, GrainId grainId, string text)
    {
        var grainState = new StoredState { State = new TestState { Text = text } };
        await storage.WriteStateAsync(StateName, grainId, grainState);
        return grainState;
    }

    private static async Task<StoredState> ReadAsync(IGrainStorage storage, GrainId grainId, string stateName = StateName)
    {
        var grainState = new StoredState();
        await storage.ReadStateAsync(stateName, grainId, grainState);
        return grainState;
    }

    private async Task<int> CountEntitiesAsync(GrainId grainId)
    {
        var count = 0;
        var partition = OfficialKeys.Partition(fixture.ServiceId, grainId);
        var row = OfficialKeys.Row(StateName);
        await foreach (var _ in fixture.Table.QueryAsync<Azure.Data.Tables.TableEntity>(
            entity => entity.PartitionKey == partition && entity.RowKey == row))
        {
            count++;
        }

        return count;
    }
}
