extern alias abstractions;
using System.Diagnostics;
using abstractions::Catalog.Requests;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Xunit.Abstractions;

namespace Catalog.Storage.Tests.Requests;

/// <summary>
/// What a filing and a re-activation cost in storage round trips, counted on the wire of every table client of a
/// silo on Azurite (see docs/requests-write-path.md for the list and why each is there).
/// </summary>
public sealed class FilingRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A cluster per test: the counts of one test never include another's background writes.
    private readonly WritePathCluster platform = new();

    public Task InitializeAsync() => platform.InitializeAsync();

    public Task DisposeAsync() => platform.DisposeAsync();

    [Fact]
    public async Task A_filing_costs_at_most_eight_round_trips_and_four_before_its_derived_rows()
    {
        var parties = await platform.PartiesAsync();
        await platform.FileAsync(parties); // warms the catalogue, calendars, agreement book and the first number block
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the counters' write behind
        const int filings = 20;
        var (requests, writes) = (platform.Wire.Requests, platform.Wire.Writes);
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < filings; i++)
        {
            await platform.FileAsync(parties);
        }

        var elapsed = watch.Elapsed;
        var perFiling = (double)(platform.Wire.Requests - requests) / filings;
        var writesPerFiling = (double)(platform.Wire.Writes - writes) / filings;
        output.WriteLine($"{perFiling:0.00} round trips per filing ({writesPerFiling:0.00} writes), {elapsed.TotalMilliseconds / filings:0.0} ms each, one at a time");

        // Intake read + insert, request read + insert (the official provider), 2 index rows, the facts row and the
        // audit entry (side by side); a number block per 50 filings and a counters write per second or so.
        perFiling.Should().BeLessThanOrEqualTo(8.5);
    }

    [Fact]
    public async Task Concurrent_filings_share_transactions_for_their_derived_rows()
    {
        var parties = await platform.PartiesAsync();
        await platform.FileAsync(parties);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        const int filings = 64;
        var requests = platform.Wire.Requests;

        await Task.WhenAll(Enumerable.Range(0, filings).Select(_ => platform.FileAsync(parties)));

        var perFiling = (double)(platform.Wire.Requests - requests) / filings;
        output.WriteLine($"{perFiling:0.00} round trips per filing with {filings} filed at once");
        perFiling.Should().BeLessThan(7.5, "index rows, facts rows and audit entries of one partition go together");
    }

    [Fact]
    public async Task Re_activating_requests_that_did_not_change_writes_nothing()
    {
        var parties = await platform.PartiesAsync();
        var filed = new List<RequestView>();
        var client = new Viewer("client.agent", parties.Client, DepartmentRole.Agent);
        for (var i = 0; i < 10; i++)
        {
            var view = await platform.FileAsync(parties);
            filed.Add(view);

            // A change with no SLA outcome: its audit entry is the only thing its stored state holds to pass on.
            await platform.Grains.GetRequest(view.Id).ActAsAsync(client, new RequestCommand(RequestAction.Comment, "client.agent", Comment: "Any news?"));
        }

        // The first deactivation tidies each stored state once (its audit entries and counted outcome passed on).
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await platform.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        foreach (var view in filed)
        {
            await platform.Grains.GetRequest(view.Id).GetAsync();
        }

        await platform.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var writes = platform.Wire.Writes;

        foreach (var view in filed)
        {
            (await platform.Grains.GetRequest(view.Id).GetAsync()).Id.Should().Be(view.Id);
        }

        await platform.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        output.WriteLine($"{platform.Wire.Writes - writes} writes to re-activate and deactivate {filed.Count} unchanged requests");
        (platform.Wire.Writes - writes).Should().Be(0);
    }
}
