using Catalog.Grains.Requests;
using Catalog.Requests;
using Catalog.Storage.Requests;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// The intake keeps no state: the request store records a filing's key with the request, in one write, and refuses a
/// second request for the key, which the intake answers with the first (docs/requests-write-path.md).
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class IntakeFilingKeyTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    private IRequestFilingKeys Keys =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost!.Services.GetRequiredService<IRequestFilingKeys>();

    [Fact]
    public async Task A_filing_stores_its_key_with_the_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties);

        var view = await RequestTestData.FileAsync(grains, filing);

        (await Keys.FindAsync(view.Id, IntakeKey(filing))).Should().Be(view.Id);
        (await ReadRequestAsync(view.Id)).FilingKey.Should().Be(IntakeKey(filing));
    }

    [Fact]
    public async Task Twenty_filings_at_once_and_retries_after_the_intake_went_away_make_one_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RequestTestData.FileAsync(grains, filing)));
        await Task.Delay(200); // the intake deactivates once idle: the retries below meet a new activation
        var retries = new List<RequestView>();
        for (var i = 0; i < 3; i++)
        {
            retries.Add(await RequestTestData.FileAsync(grains, filing));
        }

        answers.Select(a => a.Id).Concat(retries.Select(r => r.Id)).Distinct().Should().ContainSingle();
        retries.Should().OnlyContain(r => r.FiledAt == answers[0].FiledAt);
    }

    [Fact]
    public async Task A_retry_after_a_crash_that_left_the_request_stored_answers_that_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var retry = RequestTestData.Filing(parties);
        // What a silo lost after the store's write leaves: a request stored with the retry's key, never answered.
        var lostId = RequestIds.Format(parties.Provider, 970_000 + Random.Shared.Next(9_000));
        var copy = await ReadRequestAsync(filed.Id);
        copy.Id = lostId;
        copy.FilingKey = IntakeKey(retry);
        await fixture.RequestStorage.WriteStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, lostId), new GrainState<RequestState>(copy));

        var answered = await RequestTestData.FileAsync(grains, retry);

        answered.Id.Should().Be(lostId);
    }

    private static string IntakeKey(FileRequest filing) => RequestIntakeKeys.For(filing.ClientDepartmentId, filing.IdempotencyKey!);

    private async Task<RequestState> ReadRequestAsync(string id)
    {
        var stored = new GrainState<RequestState>(new RequestState());
        await fixture.RequestStorage.ReadStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, id), stored);
        return stored.State!;
    }
}
