using Azure.Data.Tables;
using Catalog.Storage.GrainStorage;
using Catalog.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>States larger than one table property, up to and past what one entity may hold.</summary>
public sealed class LargeStateTests(StorageClusterFixture fixture) : IClassFixture<StorageClusterFixture>
{
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
        var length = entity.GetInt32(GrainStatePayload.LengthProperty)!.Value;
        length.Should().BeGreaterThan(blob.Length);
        DataProperties(entity).Should().HaveCount((length + GrainStatePayload.ChunkSize - 1) / GrainStatePayload.ChunkSize)
            .And.HaveCountGreaterThan(3);
    }

    [Fact]
    public async Task The_largest_accepted_state_round_trips()
    {
        var state = StateOfSerializedSize(GrainStatePayload.MaxBytes);
        var grainId = GrainIds.New();

        await Storage.WriteStateAsync("state", grainId, new StoredState { State = state });
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);

        read.RecordExists.Should().BeTrue();
        read.State.Text.Should().Be(state.Text);
        (await EntityAsync(grainId)).GetInt32(GrainStatePayload.LengthProperty).Should().Be(GrainStatePayload.MaxBytes);
    }

    [Fact]
    public async Task A_state_one_byte_over_the_limit_is_refused_before_any_write()
    {
        var grainId = GrainIds.New();
        var old = new StoredState { State = new TestState { Text = "old" } };
        await Storage.WriteStateAsync("state", grainId, old);
        var oldETag = old.ETag;
        var tooLarge = new StoredState { State = StateOfSerializedSize(GrainStatePayload.MaxBytes + 1), ETag = oldETag };

        var write = () => Storage.WriteStateAsync("state", grainId, tooLarge);

        (await write.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .Contain(grainId.ToString())
            .And.Contain((GrainStatePayload.MaxBytes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain(GrainStatePayload.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain("Nothing was written");
        tooLarge.ETag.Should().Be(oldETag);
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
            "state", grainId, new StoredState { State = StateOfSerializedSize(GrainStatePayload.MaxBytes + 1) });

        await write.Should().ThrowAsync<InvalidOperationException>();
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);
        read.RecordExists.Should().BeFalse();
        read.ETag.Should().BeNull();
    }

    [Fact]
    public async Task The_largest_state_round_trips_even_with_the_longest_non_ascii_grain_id()
    {
        // The worst request body: every identity character is non-ASCII, which JSON sends as a six-byte \uXXXX.
        var grainId = GrainIdWithIdentityLength(GrainStateKey.MaxIdentityLength);
        var state = StateOfSerializedSize(GrainStatePayload.MaxBytes);

        await Storage.WriteStateAsync("state", grainId, new StoredState { State = state });
        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);

        read.State.Text.Should().Be(state.Text);
    }

    [Fact]
    public async Task A_grain_id_too_long_to_keep_with_the_record_is_refused_naming_the_limit()
    {
        var grainId = GrainIdWithIdentityLength(GrainStateKey.MaxIdentityLength + 1);

        var write = () => Storage.WriteStateAsync("state", grainId, new StoredState());

        (await write.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .Contain(GrainStateKey.MaxIdentityLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain("Nothing was written");
    }

    private static IEnumerable<string> DataProperties(TableEntity entity) =>
        entity.Keys.Where(k => k.StartsWith("Data", StringComparison.Ordinal) && k != GrainStatePayload.LengthProperty);

    // The silo's serializer decides the overhead around the text; measure it, then size the text to hit exactly.
    private TestState StateOfSerializedSize(int bytes)
    {
        var length = bytes - 1000;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var state = new TestState { Text = new string('x', length) };
            var size = fixture.Serializer.Serialize(state).ToMemory().Length;
            if (size == bytes)
            {
                return state;
            }

            length += bytes - size;
        }

        throw new InvalidOperationException($"Could not build a state that serializes to exactly {bytes} bytes.");
    }

    private GrainId GrainIdWithIdentityLength(int length)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var overhead = GrainStateKey.For(fixture.ServiceId, GrainIds.New(unique), "state").Identity.Length;
        var grainId = GrainIds.New(unique + new string('漢', length - overhead));
        GrainStateKey.For(fixture.ServiceId, grainId, "state").Identity.Length.Should().Be(length);
        return grainId;
    }

    private async Task<TableEntity> EntityAsync(GrainId grainId)
    {
        var key = GrainStateKey.For(fixture.ServiceId, grainId, "state");
        return (await fixture.Table.GetEntityAsync<TableEntity>(key.PartitionKey, key.RowKey)).Value;
    }
}
