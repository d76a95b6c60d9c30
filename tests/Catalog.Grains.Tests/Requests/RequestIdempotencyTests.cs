using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// An action sent again with the same idempotency key (its answer was lost) is not taken twice: the retry gets the
/// request as it stands. Keys are per person; the same key for another action is refused.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestIdempotencyTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_retried_comment_is_written_once_and_a_retried_acknowledge_is_not_refused()
    {
        var request = await FileAsync();

        var first = await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "On it.", IdempotencyKey: "k-1"));
        var retry = await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "On it.", IdempotencyKey: "k-1"));
        await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent", IdempotencyKey: "k-2"));
        var acknowledgedAgain = await request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent", IdempotencyKey: "k-2"));

        retry.History.Should().HaveCount(first.History.Count, "the retry changed nothing");
        acknowledgedAgain.Status.Should().Be(RequestStatus.Acknowledged, "a retry answers the request as it stands, not 409");
        (await request.GetAsync()).History.Count(h => h.Action == RequestAction.Comment).Should().Be(1);
    }

    [Fact]
    public async Task The_same_key_for_another_action_is_refused_and_another_person_s_key_is_their_own()
    {
        var request = await FileAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "First.", IdempotencyKey: "shared"));

        var otherAction = () => request.ActAsync(new RequestCommand(RequestAction.Acknowledge, "agent", IdempotencyKey: "shared"));
        (await otherAction.Should().ThrowAsync<CatalogConflictException>()).Which.Message.Should().Contain("already used for Comment");

        await request.ActAsync(new RequestCommand(RequestAction.Comment, "client", Comment: "Mine.", ByClient: true, IdempotencyKey: "shared"));
        (await request.GetAsync()).History.Count(h => h.Action == RequestAction.Comment).Should().Be(2, "keys are per person");
    }

    [Fact]
    public async Task Actions_without_a_key_are_each_taken_and_only_the_last_twenty_keys_are_remembered()
    {
        var request = await FileAsync();
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "No key."));
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "No key."));
        for (var i = 0; i <= 20; i++)
        {
            await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: $"Note {i}.", IdempotencyKey: $"note-{i}"));
        }

        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "Note 20.", IdempotencyKey: "note-20"));
        await request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "Note 0.", IdempotencyKey: "note-0"));

        (await request.GetAsync()).History.Count(h => h.Action == RequestAction.Comment)
            .Should().Be(2 + 21 + 1, "note-20 is remembered; note-0 was forgotten after twenty newer keys");
    }

    [Fact]
    public async Task A_malformed_key_is_refused_naming_it()
    {
        var request = await FileAsync();

        var act = () => request.ActAsync(new RequestCommand(RequestAction.Comment, "agent", Comment: "Hi.", IdempotencyKey: new string('k', 101)));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("idempotencyKey");
    }

    private async Task<IRequestGrain> FileAsync()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        return grains.GetRequest((await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id);
    }
}
