extern alias abstractions;
using abstractions::Catalog.Keys;
using abstractions::Catalog.Requests;
using Catalog.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>
/// Grain keys built from what users send, stored through Catalog's configuration of the official provider: the
/// provider turns <c>/ \ # ?</c> into <c>_</c>, so keys go through <see cref="GrainKeyText"/> and stay apart.
/// </summary>
public sealed class GrainKeyTests(StorageClusterFixture fixture) : IClassFixture<StorageClusterFixture>
{
    private static readonly string[] Lookalikes = ["a/b", "a\\b", "a#b", "a?b", "a_b", "a~b", "a~2Fb", "a:b", "a%2Fb", "a|b", "a b"];

    private IGrainStorage Storage => fixture.Storage(false);

    [Fact]
    public async Task Raw_keys_differing_only_in_characters_the_provider_replaces_would_share_one_record()
    {
        // Why keys are escaped: without it, the second grain reads the first one's state.
        var u = Unique();
        await Storage.WriteStateAsync("state", GrainIds.New($"a/b{u}"), new StoredState { State = new TestState { Text = "slash" } });

        var other = new StoredState();
        await Storage.ReadStateAsync("state", GrainIds.New($"a_b{u}"), other);

        other.RecordExists.Should().BeTrue();
        other.State.Text.Should().Be("slash");
    }

    [Fact]
    public async Task Escaped_keys_differing_only_in_characters_the_provider_replaces_keep_their_own_states()
    {
        var u = Unique();

        await AssertEachKeyKeepsItsOwnStateAsync(Lookalikes.Select(k => GrainKeyText.Escape(k + u)));
    }

    [Fact]
    public async Task Intake_keys_of_idempotency_keys_that_differ_only_there_keep_their_own_states()
    {
        var u = Unique();
        var keys = Lookalikes.Select(k => RequestIntakeKeys.For("hr", k + u))
            .Append(RequestIntakeKeys.For("hr", "x" + u))
            .Append(RequestIntakeKeys.For("hr-x", u));

        await AssertEachKeyKeepsItsOwnStateAsync(keys);
    }

    [Fact]
    public async Task Escaped_control_and_non_ascii_keys_round_trip_and_stay_distinct()
    {
        var u = Unique();
        var keys = new[]
        {
            $"a\u0000b{u}", $"a\u0001b{u}", $"a\u001Fb{u}", $"a\u007Fb{u}", $"a\u0085b{u}", $"a\u009Fb{u}", $"café{u}", $"cafe{u}",
            $"cafe\u0301{u}", $"漢字{u}", $"😀{u}", $"😀😀{u}", $"a\uD800b{u}", $"Ελληνικά/{u}",
        };

        await AssertEachKeyKeepsItsOwnStateAsync(keys.Select(GrainKeyText.Escape));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("~~~2F~u00")]
    [InlineData("tab\there\r\n")]
    [InlineData("😀 family 👩‍👩‍👧")]
    [InlineData("")]
    public void Escaping_is_reversible_and_leaves_no_character_the_provider_replaces(string text)
    {
        var escaped = GrainKeyText.Escape(text);

        GrainKeyText.Unescape(escaped).Should().Be(text);
        escaped.Should().NotContainAny("/", "\\", "#", "?", ":");
        escaped.Any(char.IsControl).Should().BeFalse();
        escaped.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == escaped.Length || !char.IsLowSurrogate(escaped[i + 1]))).Should().BeEmpty();
    }

    [Fact]
    public void An_intake_key_names_its_department_and_a_legacy_key_maps_to_the_escaped_one()
    {
        var key = RequestIntakeKeys.For("hr", "retry/1:a");

        RequestIntakeKeys.DepartmentOf(key).Should().Be("hr");
        RequestIntakeKeys.FromLegacy("hr/retry/1:a").Should().Be(key);
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
}
