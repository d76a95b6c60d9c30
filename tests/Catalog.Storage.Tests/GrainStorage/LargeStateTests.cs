using Azure.Data.Tables;
using Catalog.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>States larger than one table property, and one larger than an entity may hold.</summary>
public sealed class LargeStateTests(StorageClusterFixture fixture) : IClassFixture<StorageClusterFixture>
{
    // The most the provider lays out: 15 binary properties of 64 KiB.
    private const int ProviderLimit = 15 * 64 * 1024;

    private IGrainStorage Storage => fixture.Storage(false);

    [Fact]
    public async Task A_200_KiB_state_round_trips_split_over_several_data_properties()
    {
        var blob = new byte[200 * 1024];
        Random.Shared.NextBytes(blob);
        var grainId = GrainIds.New();
        var written = new StoredState { State = new TestState { Text = "big", Blob = blob } };

        await Storage.WriteStateAsync("state", grainId, written);
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);

        read.State.Blob.Should().Equal(blob);
        var entity = await EntityAsync(grainId);
        entity.Keys.Where(k => k.StartsWith("Data", StringComparison.Ordinal)).Should().HaveCount(4, "200 KiB takes four 64 KiB properties");
    }

    [Fact]
    public async Task A_state_over_the_provider_limit_is_refused_and_the_stored_one_is_untouched()
    {
        var grainId = GrainIds.New();
        var old = new StoredState { State = new TestState { Text = "old" } };
        await Storage.WriteStateAsync("state", grainId, old);
        var oldETag = old.ETag;
        var tooLarge = new StoredState { State = new TestState { Blob = new byte[ProviderLimit + 1] }, ETag = oldETag };

        var write = () => Storage.WriteStateAsync("state", grainId, tooLarge);

        await write.Should().ThrowAsync<ArgumentOutOfRangeException>();
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);
        read.State.Text.Should().Be("old");
        read.ETag.Should().Be(oldETag, "the stored record was not touched");
    }

    [Fact]
    public async Task A_state_too_large_for_a_new_grain_leaves_no_record()
    {
        var grainId = GrainIds.New();

        var write = () => Storage.WriteStateAsync(
            "state", grainId, new StoredState { State = new TestState { Blob = new byte[ProviderLimit + 1] } });

        await write.Should().ThrowAsync<Exception>();
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);
        read.RecordExists.Should().BeFalse();
        read.ETag.Should().BeNull();
    }

    private async Task<TableEntity> EntityAsync(GrainId grainId) =>
        (await fixture.Table.GetEntityAsync<TableEntity>(
            OfficialKeys.Partition(fixture.ServiceId, grainId), OfficialKeys.Row("state"))).Value;
}
