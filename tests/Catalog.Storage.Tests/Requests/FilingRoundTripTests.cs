extern alias abstractions;
using System.Diagnostics;
using abstractions::Catalog.Requests;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Storage.Tests.Tables;
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
    public async Task A_filing_costs_at_most_six_round_trips_with_no_intake_state_and_the_request_and_its_key_in_one_transaction()
    {
        var parties = await platform.PartiesAsync();
        await platform.FileAsync(parties); // warms the catalogue, calendars, agreement book and the first number block
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the counters' write behind
        const int filings = 20;
        var (requests, writes, logged) = (platform.Wire.Requests, platform.Wire.Writes, platform.Wire.Log.Count);
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < filings; i++)
        {
            await platform.FileAsync(parties);
        }

        var elapsed = watch.Elapsed;
        var perFiling = (double)(platform.Wire.Requests - requests) / filings;
        var writesPerFiling = (double)(platform.Wire.Writes - writes) / filings;
        var sent = platform.Wire.Log.Skip(logged).ToList();
        output.WriteLine($"{perFiling:0.00} round trips per filing ({writesPerFiling:0.00} writes), {elapsed.TotalMilliseconds / filings:0.0} ms each, one at a time");
        foreach (var group in sent.GroupBy(r => $"{r.Method} {TableOf(r)}").OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {(double)group.Count() / filings:0.00}");
        }

        // Request read (a new grain reads its row) and one transaction for its state and key, 2 index rows, the
        // facts row and the audit entry (side by side); a number block per 50 filings and a counters write per
        // second or so. The intake reads and writes nothing.
        perFiling.Should().BeLessThanOrEqualTo(6.5);
        sent.Should().NotContain(r => r.Path.Contains("request-intake", StringComparison.Ordinal), "the intake keeps no state");
        var requestTable = "/" + platform.RequestTable;
        sent.Where(r => r.Method == "POST" && r.Path == requestTable).Should().BeEmpty("a request's first write goes with its key, in a transaction");
        sent.Count(r => r.Batch is { } body && body.Contains(requestTable, StringComparison.Ordinal) && body.Contains("key|", StringComparison.Ordinal))
            .Should().Be(filings, "each filing's state insert and key insert go in one transaction");
    }

    [Fact]
    public async Task Twenty_filings_at_once_with_one_key_make_one_request_and_every_answer_names_it()
    {
        var parties = await platform.PartiesAsync();
        var key = Guid.NewGuid().ToString("N");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => platform.FileAsync(parties, key)));
        await platform.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => platform.FileAsync(parties, key)));

        answers.Concat(retries).Select(a => a.Id).Distinct().Should().ContainSingle();
        platform.Wire.Log.Should().Contain(r => r.Method == "GET" && r.Path.Contains("key|", StringComparison.Ordinal),
            "a retry meeting a new intake was refused by the store and read the key's row");
        var table = platform.Tables.GetTableClient(platform.RequestTable);
        var partition = abstractions::Catalog.Requests.RequestIds.Format(parties.Provider, 1)[..^7];
        var rows = await table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == partition).ToListAsync();
        rows.Count(r => !r.RowKey.StartsWith("key|", StringComparison.Ordinal)).Should().Be(1, "one request was stored");
    }

    private static string TableOf(CountingPolicy.WireRequest request)
    {
        var path = request.Path.TrimStart('/');
        path = path[(path.IndexOf('/') + 1)..]; // after the account
        var end = path.IndexOfAny(['(', '/']);
        return end < 0 ? path : path[..end];
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
        // Each new request still reads its row once; its state and key, index rows, facts rows and audit entries
        // join their partitions' transactions (9.86 before the write path, 5.41 on the official provider).
        perFiling.Should().BeLessThan(3.0, "request states, index rows, facts rows and audit entries of one partition go together");
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
