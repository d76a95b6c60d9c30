using Catalog.Grains.Requests;
using Catalog.Grains.Requests.Counters;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// The SLA counters write behind, and nothing is lost by it: at every moment an outcome is in the counters' stored
/// state or in its request's, and an activation that ends tidies the request's stored state once.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestWriteBehindTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_filed_outcome_stays_in_the_stored_request_until_the_counters_stored_it_then_the_request_is_stored_tidy()
    {
        var parties = await RequestTestData.PartiesAsync(grains);

        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        // Counted at once (the board reads it back), stored behind.
        (await grains.GetSlaCounters(parties.Provider).GetAsync()).Single().Filed.Should().Be(1);
        var counted = await ReadCountersAsync(parties.Provider);
        var request = await ReadRequestAsync(filed.Id);
        if (!counted.Pairs.ContainsKey(parties.Client))
        {
            request.UncountedOutcomes.Should().ContainSingle(o => o.Kind == SlaOutcomeKind.Filed,
                "until the counters stored it, a crash must find it in the request's stored state to replay it");
        }

        await grains.GetSlaCounters(parties.Provider).WhenStoredAsync();
        (await ReadCountersAsync(parties.Provider)).Pairs[parties.Client].Filed.Should().Be(1);

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var tidy = await ReadRequestAsync(filed.Id);
        tidy.UncountedOutcomes.Should().BeEmpty();
        tidy.PendingAudit.Should().BeEmpty();
        tidy.DerivedStale.Should().BeFalse();
        (await grains.GetRequest(filed.Id).GetAsync()).Id.Should().Be(filed.Id);
    }

    [Fact]
    public async Task Counters_lost_before_writing_are_made_whole_by_the_requests_that_still_hold_their_outcomes()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        await grains.GetSlaCounters(parties.Provider).WhenStoredAsync();

        // What a crash leaves: a request stored with its breach, and counters whose memory held it but never wrote it.
        var lostId = RequestIds.Format(parties.Provider, 980_000 + Random.Shared.Next(9_000));
        var copy = await ReadRequestAsync(filed.Id);
        copy.Id = lostId;
        copy.FilingKey = null; // a copy under another id, not a second filing of the key
        copy.DerivedStale = true;
        copy.UncountedOutcomes = [new SlaOutcome(lostId, parties.Client, SlaOutcomeKind.Filed, null, filed.FiledAt)];
        await fixture.RequestStorage.WriteStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, lostId), new GrainState<RequestState>(copy));

        await grains.GetRequest(lostId).GetAsync();
        await grains.GetSlaCounters(parties.Provider).WhenStoredAsync();

        (await ReadCountersAsync(parties.Provider)).Pairs[parties.Client].Filed.Should().Be(2, "the replayed filing is counted and stored");
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, parties.Provider))).Items
            .Should().Contain(r => r.Id == lostId, "its stale rows are written again");
    }

    [Fact]
    public async Task Many_outcomes_make_few_counter_writes()
    {
        var provider = "c" + Guid.NewGuid().ToString("N")[..10];
        var counters = grains.GetSlaCounters(provider);
        var at = fixture.Time.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => counters.RecordAsync(new SlaOutcome($"IT-{i:D6}", "hr", SlaOutcomeKind.Filed, null, at))));
        var before = await ReadCountersStateAsync(provider);
        await counters.WhenStoredAsync();
        var after = await ReadCountersStateAsync(provider);

        (before.State!.Pairs.TryGetValue("hr", out var early) ? early.Filed : 0).Should().BeLessThan(100, "nothing is written per outcome");
        after.State!.Pairs["hr"].Filed.Should().Be(100);
    }

    private async Task<RequestState> ReadRequestAsync(string id)
    {
        var stored = new GrainState<RequestState>(new RequestState());
        await fixture.RequestStorage.ReadStateAsync(RequestGrainTypes.RequestState, GrainId.Create(RequestGrainTypes.Request, id), stored);
        return stored.State!;
    }

    private async Task<SlaCountersState> ReadCountersAsync(string provider) => (await ReadCountersStateAsync(provider)).State!;

    private async Task<GrainState<SlaCountersState>> ReadCountersStateAsync(string provider)
    {
        var stored = new GrainState<SlaCountersState>(new SlaCountersState());
        await fixture.Storage.ReadStateAsync(
            Catalog.Grains.Requests.Monitoring.SlaMonitorGrainTypes.CountersState,
            GrainId.Create(Catalog.Grains.Requests.Monitoring.SlaMonitorGrainTypes.Counters, provider), stored);
        return stored;
    }
}
