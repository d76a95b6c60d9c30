using Azure.Data.Tables;
using Catalog.Storage.GrainStorage;
using Catalog.Storage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>Grain ids and state names of every shape, stored in and read back from Azurite.</summary>
public sealed class StorageKeyTests(StorageClusterFixture fixture) : IClassFixture<StorageClusterFixture>
{
    private IGrainStorage Storage => fixture.Storage(false);

    [Fact]
    public async Task Non_ascii_grain_keys_round_trip_and_stay_distinct()
    {
        var keys = new[] { "café", "cafe", "cafe\u0301", "漢字", "漢字-" + Unique(), "😀", "😀😀", "Ελληνικά", "עברית", "emoji 👩‍👩‍👧 family" };

        await AssertEachKeyKeepsItsOwnStateAsync(keys.Select(k => k + "#" + Unique()).Concat(keys.Select(k => k + Unique())));
    }

    [Fact]
    public async Task Keys_with_characters_table_keys_forbid_round_trip_and_stay_distinct()
    {
        var u = Unique();
        var keys = new[]
        {
            $"a/b{u}", $"a\\b{u}", $"a#b{u}", $"a?b{u}", $"a\u0000b{u}", $"a\u0001b{u}", $"a\u001Fb{u}", $"a\u007Fb{u}",
            $"a\u0085b{u}", $"a\u009Fb{u}", $"a~b{u}", $"a~2Fb{u}", $"a%2Fb{u}", $"a|b{u}", $"a'b{u}", $"a b{u}", $"a+b{u}",
            $"a&b{u}", $"a:b{u}", $"a\"b{u}", $"a<b>{u}", $"/{u}/", $"?{u}#",
        };

        await AssertEachKeyKeepsItsOwnStateAsync(keys);
    }

    [Fact]
    public async Task State_names_with_forbidden_characters_are_independent_states()
    {
        var grainId = GrainIds.New();
        var names = new[] { "a/b", "a\\b", "a#b", "a?b", "a~2Fb", "a\u0001b", "état", "状態", "" };

        foreach (var name in names)
        {
            await Storage.WriteStateAsync(name, grainId, new StoredState { State = new TestState { Text = "state " + name } });
        }

        foreach (var name in names)
        {
            var read = new StoredState();
            await Storage.ReadStateAsync(name, grainId, read);
            read.State.Text.Should().Be("state " + name);
        }
    }

    [Fact]
    public async Task A_very_long_grain_key_is_stored_under_a_hashed_key_and_its_full_identity()
    {
        var key = "long-" + Unique() + new string('x', 5000);
        var grainId = GrainIds.New(key);
        await Storage.WriteStateAsync("state", grainId, new StoredState { State = new TestState { Text = "long" } });

        var read = new StoredState();
        await Storage.ReadStateAsync("state", grainId, read);

        read.State.Text.Should().Be("long");
        var entity = await SingleEntityAsync(GrainStateKey.For(fixture.ServiceId, grainId, "state"));
        entity.PartitionKey.Length.Should().BeLessThanOrEqualTo(TableKeyEncoding.MaxKeyLength);
        entity.PartitionKey.Should().Contain("~h").And.StartWith(TableKeyEncoding.Escape(fixture.ServiceId));
        entity.GetString(GrainStateKey.IdentityProperty).Should().Contain(key);
    }

    [Fact]
    public async Task Two_long_keys_sharing_a_600_character_prefix_stay_distinct()
    {
        var prefix = Unique() + new string('p', 600);

        await AssertEachKeyKeepsItsOwnStateAsync([prefix + "-one", prefix + "-two", prefix + "/three", prefix]);
    }

    [Fact]
    public async Task Long_non_ascii_keys_round_trip()
    {
        var u = Unique();
        await AssertEachKeyKeepsItsOwnStateAsync(
        [
            u + new string('漢', 600),
            u + string.Concat(Enumerable.Repeat("😀", 400)),
            u + string.Concat(Enumerable.Repeat("é/", 400)),
        ]);
    }

    [Fact]
    public async Task A_record_whose_stored_identity_differs_is_reported_as_a_collision_not_returned()
    {
        var grainId = GrainIds.New("collision-" + Unique() + new string('c', 800));
        var key = GrainStateKey.For(fixture.ServiceId, grainId, "state");
        await Storage.WriteStateAsync("state", grainId, new StoredState { State = new TestState { Text = "mine" } });

        // Stand in for another grain whose hashed keys are the same: same keys, different full identity.
        var entity = await SingleEntityAsync(key);
        entity[GrainStateKey.IdentityProperty] = key.Identity + "-another-grain";
        await fixture.Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace);

        var read = () => Storage.ReadStateAsync("state", grainId, new StoredState());

        (await read.Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Contain("collide").And.Contain(grainId.ToString());
    }

    [Fact]
    public async Task The_same_grain_in_two_services_sharing_a_table_keeps_two_states()
    {
        var services = fixture.SiloServices;
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(StorageNames.Keep);
        var otherService = new AzureTableGrainStorage(
            "other-service",
            options,
            Options.Create(new ClusterOptions { ServiceId = "other-" + fixture.ServiceId, ClusterId = "other" }),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
        await otherService.InitializeAsync(CancellationToken.None);
        var grainId = GrainIds.New();

        await Storage.WriteStateAsync("state", grainId, new StoredState { State = new TestState { Text = "ours" } });
        await otherService.WriteStateAsync("state", grainId, new StoredState { State = new TestState { Text = "theirs" } });

        var ours = new StoredState();
        var theirs = new StoredState();
        await Storage.ReadStateAsync("state", grainId, ours);
        await otherService.ReadStateAsync("state", grainId, theirs);
        ours.State.Text.Should().Be("ours");
        theirs.State.Text.Should().Be("theirs");
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task AssertEachKeyKeepsItsOwnStateAsync(IEnumerable<string> keys)
    {
        var grains = keys.Select(key => (Key: key, Id: GrainIds.New(key))).ToList();
        grains.Select(g => g.Id).Should().OnlyHaveUniqueItems("the test needs distinct grains");

        foreach (var (key, id) in grains)
        {
            var written = new StoredState { State = new TestState { Text = key } };
            await Storage.WriteStateAsync("state", id, written);
            written.ETag.Should().NotBeNull();
        }

        foreach (var (key, id) in grains)
        {
            var read = new StoredState();
            await Storage.ReadStateAsync("state", id, read);
            read.RecordExists.Should().BeTrue($"the state of {id} was written");
            read.State.Text.Should().Be(key);
        }
    }

    private async Task<TableEntity> SingleEntityAsync(GrainStateKey key) =>
        (await fixture.Table.GetEntityAsync<TableEntity>(key.PartitionKey, key.RowKey)).Value;
}
