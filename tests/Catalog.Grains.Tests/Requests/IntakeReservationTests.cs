using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// The intake stores the number it took before the request grain files it, so a retry after a crash in between
/// (the intake's silo lost) files under the same id instead of making a second request.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class IntakeReservationTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_filing_stores_its_reserved_id_with_the_key()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties);

        var view = await RequestTestData.FileAsync(grains, filing);

        var stored = await ReadIntakeAsync(filing);
        stored.RequestId.Should().Be(view.Id);
        stored.Reserved.Should().BeTrue();
    }

    [Fact]
    public async Task A_retry_after_a_crash_between_reserving_and_filing_files_under_the_reserved_id()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var before = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var filing = RequestTestData.Filing(parties);
        // What a lost silo leaves: the key's number stored, the request never filed.
        var reserved = RequestIds.Format(parties.Provider, 900_000 + Random.Shared.Next(90_000));
        await WriteIntakeAsync(filing, new RequestIntakeState { RequestId = reserved, Reserved = true });

        var retried = await RequestTestData.FileAsync(grains, filing);
        var again = await RequestTestData.FileAsync(grains, filing);
        var next = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        retried.Id.Should().Be(reserved);
        again.Id.Should().Be(reserved);
        next.Id.Should().Be(RequestIds.Format(parties.Provider, Number(before.Id) + 1), "the retry took no new number");
    }

    [Fact]
    public async Task A_retry_of_a_reserved_id_whose_request_exists_answers_that_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var first = RequestTestData.Filing(parties);
        var filed = await RequestTestData.FileAsync(grains, first);
        var retry = RequestTestData.Filing(parties);
        await WriteIntakeAsync(retry, new RequestIntakeState { RequestId = filed.Id, Reserved = true });

        var answered = await RequestTestData.FileAsync(grains, retry);

        answered.Id.Should().Be(filed.Id);
        answered.FiledAt.Should().Be(filed.FiledAt);
    }

    [Fact]
    public async Task A_key_stored_by_an_earlier_version_answers_its_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var retry = RequestTestData.Filing(parties);
        await WriteIntakeAsync(retry, new RequestIntakeState { RequestId = filed.Id });

        (await RequestTestData.FileAsync(grains, retry)).Id.Should().Be(filed.Id);
    }

    private static long Number(string id) => long.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static GrainId IntakeId(FileRequest filing) =>
        GrainId.Create(RequestGrainTypes.Intake, RequestIntakeKeys.For(filing.ClientDepartmentId, filing.IdempotencyKey!));

    private async Task<RequestIntakeState> ReadIntakeAsync(FileRequest filing)
    {
        var state = new GrainState<RequestIntakeState>(new RequestIntakeState());
        await fixture.Storage.ReadStateAsync(RequestGrainTypes.IntakeState, IntakeId(filing), state);
        return state.State!;
    }

    private async Task WriteIntakeAsync(FileRequest filing, RequestIntakeState intake)
    {
        var state = new GrainState<RequestIntakeState>(new RequestIntakeState());
        await fixture.Storage.ReadStateAsync(RequestGrainTypes.IntakeState, IntakeId(filing), state);
        state.State = intake;
        await fixture.Storage.WriteStateAsync(RequestGrainTypes.IntakeState, IntakeId(filing), state);
    }
}
