extern alias abstractions;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Requests;
using Catalog.Catalogue;
using Azure.Data.Tables;
using Catalog.Domain.Requests;
using static Catalog.Storage.Tests.RequestIndex.IndexRows;

namespace Catalog.Storage.Tests.RequestIndex;

public sealed class AzureTableRequestIndexTests(RequestIndexFixture fixture) : IClassFixture<RequestIndexFixture>
{
    [Fact]
    public async Task A_summary_round_trips_exactly_through_both_queues()
    {
        var provider = NewDepartment("p");
        var client = NewDepartment("c");
        var summary = Summary("IT-000001", provider, client, RequestStatus.WaitingOnClient, nextDueAt: T0.AddDays(2).ToOffset(TimeSpan.FromHours(-5)),
            atRisk: true);

        await fixture.Index.UpsertAsync(summary, [Deadline(T0.AddDays(2))]);
        var asProvider = (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider))).Items.Single();
        var asClient = (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Client, client))).Items.Single();

        // Instants come back in UTC: the same instants, to the tick.
        var expected = summary with { NextDueAt = summary.NextDueAt!.Value.ToUniversalTime() };
        asProvider.Should().Be(expected);
        asClient.Should().Be(expected);
        asProvider.NextDueAt!.Value.UtcTicks.Should().Be(summary.NextDueAt.Value.UtcTicks);
    }

    [Fact]
    public async Task Each_request_has_a_row_in_its_providers_partition_and_one_in_its_clients_with_escaped_keys()
    {
        var provider = "r&d/" + NewDepartment("p");
        var client = "hr#" + NewDepartment("c");
        await fixture.Index.UpsertAsync(Summary("RD-000001", provider, client), [Deadline(T0)]);

        var rows = await fixture.Table.QueryAsync<TableEntity>(e => e.RowKey == "RD-000001").ToListAsync();

        rows.Select(r => r.PartitionKey).Should().BeEquivalentTo(
            "p|r&d~2F" + provider[4..],
            "c|hr~23" + client[3..]);
        rows.Single(r => r.PartitionKey.StartsWith("p|", StringComparison.Ordinal)).GetString("Deadlines").Should().NotBeNullOrEmpty();
        rows.Single(r => r.PartitionKey.StartsWith("c|", StringComparison.Ordinal)).ContainsKey("Deadlines").Should().BeFalse();
        rows.Should().OnlyContain(r => r.GetInt32("Status") == (int)RequestStatus.Submitted);
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider))).Total.Should().Be(1);
    }

    [Fact]
    public async Task A_queue_is_filtered_then_sorted_by_next_due_none_last_then_filing_then_id()
    {
        var provider = NewDepartment("p");
        for (var i = 1; i <= 30; i++)
        {
            await fixture.Index.UpsertAsync(
                Summary(
                    $"IT-{i:D6}",
                    provider,
                    i % 2 == 0 ? "hr" : "fin",
                    status: i % 3 == 0 ? RequestStatus.InProgress : RequestStatus.Submitted,
                    nextDueAt: i > 27 ? null : T0.AddMinutes(100 - i),
                    filedAt: T0.AddMinutes(i),
                    serviceId: i <= 20 ? "it.laptop-setup" : "it.phone",
                    atRisk: i % 5 == 0,
                    breached: i == 10),
                []);
        }

        var all = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, Limit: 1000));
        var inProgressForHr = await fixture.Index.QueryAsync(new QueueQuery(
            QueueRole.Provider, provider, [RequestStatus.InProgress], CounterpartDepartmentId: "hr", Limit: 2));
        var atRiskLaptops = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, ServiceId: "it.laptop-setup", AtRisk: true));
        var notBreachedAtRisk = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, AtRisk: true, Breached: false));
        var twoStatuses = await fixture.Index.QueryAsync(new QueueQuery(
            QueueRole.Provider, provider, [RequestStatus.Submitted, RequestStatus.InProgress], Limit: 3));
        var fromFin = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Client, "fin", CounterpartDepartmentId: provider));

        all.Items.Select(s => s.Id).Should().Equal(
            Enumerable.Range(1, 27).Reverse().Concat([28, 29, 30]).Select(i => $"IT-{i:D6}"));
        inProgressForHr.Items.Select(s => s.Id).Should().Equal("IT-000024", "IT-000018");
        inProgressForHr.Total.Should().Be(5);
        atRiskLaptops.Items.Select(s => s.Id).Should().Equal("IT-000020", "IT-000015", "IT-000010", "IT-000005");
        notBreachedAtRisk.Total.Should().Be(5);
        twoStatuses.Items.Should().HaveCount(3);
        twoStatuses.Total.Should().Be(30);
        fromFin.Total.Should().Be(15);
    }

    [Fact]
    public async Task A_listing_reads_past_the_first_page_of_the_table()
    {
        var provider = NewDepartment("p");
        await fixture.Index.UpsertAsync(Summary("BIG-000001", provider, "hr", nextDueAt: T0.AddMinutes(-1)), []);
        var template = (await fixture.Table.GetEntityAsync<TableEntity>("p|" + provider, "BIG-000001")).Value;

        // The rest written in batches, as copies of the index's own row: 1,100 rows in the partition in all.
        foreach (var batch in Enumerable.Range(2, 1099).Chunk(100))
        {
            await fixture.Table.SubmitTransactionAsync(batch.Select(i =>
            {
                var id = $"BIG-{i:D6}";
                var row = new TableEntity(template) { RowKey = id, ["RequestId"] = id, ["NextDueAt"] = T0.AddMinutes(-i) };
                return new TableTransactionAction(TableTransactionActionType.Add, row);
            }));
        }

        var page = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, Limit: 5));

        page.Total.Should().Be(1100);
        page.Items.Select(s => s.Id).Should().Equal("BIG-001100", "BIG-001099", "BIG-001098", "BIG-001097", "BIG-001096");
    }

    [Fact]
    public async Task Pending_deadlines_round_trip_to_the_tick_and_only_requests_with_some_are_listed()
    {
        var provider = NewDepartment("p");
        SlaDeadline[] deadlines =
        [
            Deadline(T0.AddHours(1), ClockKind.Acknowledgement, SlaDeadlineKind.AtRisk),
            Deadline(T0.AddHours(2).ToOffset(TimeSpan.FromHours(2)), ClockKind.Acknowledgement),
            Deadline(T0.AddDays(3).AddTicks(7), ClockKind.ClientResponse),
        ];
        await fixture.Index.UpsertAsync(Summary("IT-000001", provider, "hr"), deadlines);
        await fixture.Index.UpsertAsync(Summary("IT-000002", provider, "hr", RequestStatus.Closed), []);
        await fixture.Index.UpsertAsync(Summary("IT-000003", "hr" + provider, provider), [Deadline(T0)]);

        var pending = await fixture.Index.ListPendingAsync(provider).ToListAsync();

        pending.Should().ContainSingle();
        pending[0].RequestId.Should().Be("IT-000001");
        pending[0].Deadlines.Select(d => (d.Clock, d.Kind, d.At.UtcTicks)).Should().Equal(deadlines.Select(d => (d.Clock, d.Kind, d.At.UtcTicks)));
    }

    [Fact]
    public async Task An_upsert_replaces_both_rows_and_clears_the_deadlines_when_none_remain()
    {
        var provider = NewDepartment("p");
        await fixture.Index.UpsertAsync(Summary("IT-000001", provider, "hr", atRisk: true, nextDueAt: T0), [Deadline(T0)]);

        await fixture.Index.UpsertAsync(Summary("IT-000001", provider, "hr", RequestStatus.Resolved), []);
        var row = (await fixture.Table.GetEntityAsync<TableEntity>("p|" + provider, "IT-000001")).Value;

        (await fixture.Index.ListPendingAsync(provider).ToListAsync()).Should().BeEmpty();
        row.GetBoolean("HasPending").Should().BeFalse();
        row.ContainsKey("Deadlines").Should().BeFalse();
        row.ContainsKey("NextDueAt").Should().BeFalse();
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Client, "hr", [RequestStatus.Resolved], CounterpartDepartmentId: provider)))
            .Items.Should().ContainSingle().Which.AtRisk.Should().BeFalse();
    }

    [Fact]
    public async Task A_row_with_damaged_deadlines_is_left_out_of_the_reload_and_the_others_still_load()
    {
        var provider = NewDepartment("p");
        await fixture.Index.UpsertAsync(Summary("IT-000001", provider, "hr"), [Deadline(T0)]);
        await fixture.Index.UpsertAsync(Summary("IT-000002", provider, "hr"), [Deadline(T0)]);
        var damaged = (await fixture.Table.GetEntityAsync<TableEntity>("p|" + provider, "IT-000002")).Value;
        damaged["Deadlines"] = "[[0,1,\"soon\"]]";
        await fixture.Table.UpdateEntityAsync(damaged, damaged.ETag, TableUpdateMode.Replace);

        var pending = await fixture.Index.ListPendingAsync(provider).ToListAsync();

        pending.Select(p => p.RequestId).Should().Equal("IT-000001");
    }
}
