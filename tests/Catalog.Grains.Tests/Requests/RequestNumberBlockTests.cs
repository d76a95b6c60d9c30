using Catalog.Grains.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>Request numbers come from blocks reserved with one write each: never twice, gaps allowed.</summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestNumberBlockTests(RequestClusterFixture fixture)
{
    [Fact]
    public async Task Numbers_are_never_given_twice_across_reactivations_and_one_write_reserves_a_block()
    {
        var provider = "n" + Guid.NewGuid().ToString("N")[..10];
        var numbers = fixture.Grains.GetGrain<IRequestNumberGrain>(provider);
        var given = new List<long>();

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 30; i++)
            {
                given.Add(await numbers.NextAsync());
            }

            // The stored state reserves a whole block beyond what was handed out.
            var stored = await ReadAsync(provider);
            stored.Last.Should().BeGreaterThanOrEqualTo(given[^1]).And.BeLessThan(given[^1] + RequestNumberGrain.BlockSize);
            (stored.Last % RequestNumberGrain.BlockSize).Should().Be(0);

            await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        }

        given.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        given.Take(30).Should().Equal(Enumerable.Range(1, 30).Select(n => (long)n), "an activation hands its block out in order");
        given[30].Should().Be(RequestNumberGrain.BlockSize + 1, "a new activation starts after the block the last one reserved: its unused numbers are gaps");
    }

    [Fact]
    public async Task A_new_activation_never_reuses_a_number_reserved_by_one_that_was_lost()
    {
        var provider = "n" + Guid.NewGuid().ToString("N")[..10];
        var numbers = fixture.Grains.GetGrain<IRequestNumberGrain>(provider);
        var first = await numbers.NextAsync();

        // A lost activation had reserved (and maybe handed out) numbers up to 500.
        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await fixture.Storage.WriteStateAsync(
            RequestGrainTypes.NumberState, GrainId.Create(RequestGrainTypes.Number, provider),
            new GrainState<RequestNumberState>(new RequestNumberState { Last = 500 }) { ETag = (await ReadStateAsync(provider)).ETag });

        var next = await numbers.NextAsync();

        first.Should().Be(1);
        next.Should().Be(501);
    }

    private async Task<RequestNumberState> ReadAsync(string provider) => (await ReadStateAsync(provider)).State!;

    private async Task<GrainState<RequestNumberState>> ReadStateAsync(string provider)
    {
        var stored = new GrainState<RequestNumberState>(new RequestNumberState());
        await fixture.Storage.ReadStateAsync(RequestGrainTypes.NumberState, GrainId.Create(RequestGrainTypes.Number, provider), stored);
        return stored;
    }
}
