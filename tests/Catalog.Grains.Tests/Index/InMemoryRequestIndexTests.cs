using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Requests.Index;
using Catalog.Requests;
using static Catalog.Grains.Tests.Index.IndexTestData;

namespace Catalog.Grains.Tests.Index;

public sealed class InMemoryRequestIndexTests
{
    private readonly InMemoryRequestIndex index = new();

    [Fact]
    public async Task A_request_is_listed_in_its_providers_queue_and_its_clients_queue()
    {
        await index.UpsertAsync(Summary("IT-000001", "it", "hr"), []);

        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it"))).Items.Should().ContainSingle();
        (await index.QueryAsync(new QueueQuery(QueueRole.Client, "hr"))).Items.Should().ContainSingle();
        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "hr"))).Total.Should().Be(0);
        (await index.QueryAsync(new QueueQuery(QueueRole.Client, "it"))).Total.Should().Be(0);
    }

    [Fact]
    public async Task A_queue_is_sorted_by_next_due_with_none_last_then_by_filing_then_by_id()
    {
        await index.UpsertAsync(Summary("IT-000001", "it", "hr", nextDueAt: null, filedAt: T0), []);
        await index.UpsertAsync(Summary("IT-000002", "it", "hr", nextDueAt: T0.AddHours(5), filedAt: T0.AddMinutes(2)), []);
        await index.UpsertAsync(Summary("IT-000003", "it", "hr", nextDueAt: T0.AddHours(2), filedAt: T0.AddMinutes(3)), []);
        await index.UpsertAsync(Summary("IT-000004", "it", "hr", nextDueAt: T0.AddHours(5), filedAt: T0.AddMinutes(1)), []);
        await index.UpsertAsync(Summary("IT-000005", "it", "hr", nextDueAt: null, filedAt: T0.AddMinutes(-1)), []);
        await index.UpsertAsync(Summary("IT-000006", "it", "fin", nextDueAt: T0.AddHours(2), filedAt: T0.AddMinutes(3)), []);

        var page = await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it"));

        page.Items.Select(s => s.Id).Should().Equal("IT-000003", "IT-000006", "IT-000004", "IT-000002", "IT-000005", "IT-000001");
        page.Total.Should().Be(6);
    }

    [Fact]
    public async Task Filters_combine_and_total_counts_every_match_beyond_the_limit()
    {
        for (var i = 1; i <= 30; i++)
        {
            await index.UpsertAsync(
                Summary(
                    $"IT-{i:D6}",
                    "it",
                    i % 2 == 0 ? "hr" : "fin",
                    status: i % 3 == 0 ? RequestStatus.InProgress : RequestStatus.Submitted,
                    nextDueAt: T0.AddMinutes(i),
                    serviceId: i <= 20 ? "it.laptop-setup" : "it.phone",
                    atRisk: i % 5 == 0,
                    breached: i == 10),
                []);
        }

        var inProgressForHr = await index.QueryAsync(new QueueQuery(
            QueueRole.Provider, "it", [RequestStatus.InProgress], CounterpartDepartmentId: "hr", Limit: 2));
        var atRiskLaptops = await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", ServiceId: "it.laptop-setup", AtRisk: true));
        var notBreachedAtRisk = await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", AtRisk: true, Breached: false));
        var twoStatuses = await index.QueryAsync(new QueueQuery(
            QueueRole.Provider, "it", [RequestStatus.Submitted, RequestStatus.InProgress]));

        inProgressForHr.Items.Select(s => s.Id).Should().Equal("IT-000006", "IT-000012");
        inProgressForHr.Total.Should().Be(5);
        atRiskLaptops.Items.Select(s => s.Id).Should().Equal("IT-000005", "IT-000010", "IT-000015", "IT-000020");
        notBreachedAtRisk.Total.Should().Be(5);
        twoStatuses.Total.Should().Be(30);
    }

    [Fact]
    public async Task The_counterpart_of_a_client_queue_is_the_provider()
    {
        await index.UpsertAsync(Summary("IT-000001", "it", "hr"), []);
        await index.UpsertAsync(Summary("FIN-000001", "fin", "hr"), []);

        var page = await index.QueryAsync(new QueueQuery(QueueRole.Client, "hr", CounterpartDepartmentId: "fin"));

        page.Items.Should().ContainSingle().Which.Id.Should().Be("FIN-000001");
    }

    [Fact]
    public async Task An_upsert_replaces_the_row_and_its_deadlines()
    {
        await index.UpsertAsync(Summary("IT-000001", "it", "hr"), [Breach(T0.AddHours(1))]);
        await index.UpsertAsync(
            Summary("IT-000001", "it", "hr", status: RequestStatus.Acknowledged, nextDueAt: T0.AddDays(1)),
            [Breach(T0.AddDays(1), ClockKind.Resolution)]);

        var page = await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it"));
        var pending = await index.ListPendingAsync("it").ToListAsync();

        page.Items.Should().ContainSingle().Which.Status.Should().Be(RequestStatus.Acknowledged);
        pending.Should().ContainSingle().Which.Deadlines.Should().Equal(Breach(T0.AddDays(1), ClockKind.Resolution));
    }

    [Fact]
    public async Task Pending_deadlines_are_listed_per_provider_and_requests_without_any_are_left_out()
    {
        List<SlaDeadline> deadlines = [Breach(T0.AddHours(1)), Breach(T0.AddHours(8), ClockKind.Resolution)];
        await index.UpsertAsync(Summary("IT-000001", "it", "hr"), deadlines);
        await index.UpsertAsync(Summary("IT-000002", "it", "hr", status: RequestStatus.Closed), []);
        await index.UpsertAsync(Summary("HR-000001", "hr", "it"), [Breach(T0)]);
        deadlines.Clear();

        var pending = await index.ListPendingAsync("it").ToListAsync();

        pending.Should().ContainSingle();
        pending[0].RequestId.Should().Be("IT-000001");
        pending[0].Deadlines.Should().HaveCount(2, "the index keeps its own copy of the list");
    }

    [Fact]
    public async Task Concurrent_upserts_and_queries_from_many_threads_lose_nothing()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                var id = $"IT-{(w * 1000) + i:D6}";
                await index.UpsertAsync(Summary(id, "it", w % 2 == 0 ? "hr" : "fin"), [Breach(T0.AddMinutes(i))]);
                await index.UpsertAsync(Summary(id, "it", w % 2 == 0 ? "hr" : "fin", status: RequestStatus.InProgress), [Breach(T0.AddMinutes(i))]);
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", Limit: 10));
                await index.ListPendingAsync("it").CountAsync();
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        index.Count.Should().Be(4000);
        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", [RequestStatus.InProgress], Limit: 1))).Total.Should().Be(4000);
        (await index.QueryAsync(new QueueQuery(QueueRole.Client, "hr", Limit: 1))).Total.Should().Be(2000);
        (await index.ListPendingAsync("it").CountAsync()).Should().Be(4000);
    }
}
