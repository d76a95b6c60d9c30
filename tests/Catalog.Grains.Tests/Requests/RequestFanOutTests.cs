using System.Diagnostics;
using Catalog.Catalogue;
using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// What a stored change passes on: the counters get their outcomes even when the live stream hangs (its queue on
/// a silo being lost), and outcomes stored but not counted by a lost activation are counted by the next one.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestFanOutTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_hanging_live_stream_neither_holds_a_filing_for_long_nor_keeps_it_from_the_counters()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        fixture.Events.HangFor = parties.Provider;
        var watch = Stopwatch.StartNew();

        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a publish that hangs is given up after a few seconds");
        (await PairAsync(parties)).Filed.Should().Be(1, "counting does not wait for the stream");
        fixture.Events.Of(filed.Id).Should().BeEmpty();

        fixture.Events.HangFor = null;
        await WaitUntilAsync(() => fixture.Events.Of(filed.Id).Count == 1, "the event goes out once the stream answers");
    }

    [Fact]
    public async Task Outcomes_stored_with_a_change_but_never_counted_are_counted_by_the_next_activation()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var before = await PairAsync(parties);

        // What a silo lost right after the write leaves: a request whose stored breach the counters never got.
        var lostId = RequestIds.Format(parties.Provider, 990_000 + Random.Shared.Next(9_000));
        var stored = new GrainState<RequestState>(new RequestState());
        await fixture.RequestStorage.ReadStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, filed.Id), stored);
        var copy = stored.State!;
        copy.Id = lostId;
        copy.FilingKey = null; // a copy under another id, not a second filing of the key
        copy.UncountedOutcomes = [new SlaOutcome(lostId, parties.Client, SlaOutcomeKind.Breached, ClockKind.Acknowledgement, filed.FiledAt)];
        var lost = new GrainState<RequestState>(copy);
        await fixture.RequestStorage.WriteStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, lostId), lost);

        await grains.GetRequest(lostId).GetAsync();

        await WaitUntilAsync(async () => (await PairAsync(parties)).Breached == before.Breached + 1, "the stored breach is counted");
        await Task.Delay(TimeSpan.FromSeconds(6));
        (await PairAsync(parties)).Breached.Should().Be(before.Breached + 1, "a replayed outcome is counted once");
    }

    private async Task<DepartmentPairCounts> PairAsync(RequestParties parties) =>
        (await grains.GetSlaCounters(parties.Provider).GetAsync()).Single(p => p.ClientDepartmentId == parties.Client);

    private static Task WaitUntilAsync(Func<bool> condition, string because) => WaitUntilAsync(() => Task.FromResult(condition()), because);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string because)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), because);
            await Task.Delay(100);
        }
    }
}
