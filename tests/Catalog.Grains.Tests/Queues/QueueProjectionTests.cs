using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using Catalog.Grains.Queues;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Queues;

public sealed class QueueProjectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rows_come_in_breach_first_order_with_no_due_instant_last_then_filing_then_id()
    {
        var projection = new QueueProjection();
        projection.Apply(Row("c", due: null, filedMinutes: 0));
        projection.Apply(Row("b", due: 30, filedMinutes: 5));
        projection.Apply(Row("a", due: 30, filedMinutes: 5));
        projection.Apply(Row("d", due: -10, filedMinutes: 9));
        projection.Apply(Row("e", due: 30, filedMinutes: 1));

        Ids(projection.Query(Query(), null)).Should().Equal("d", "e", "a", "b", "c");
    }

    [Fact]
    public void A_changed_row_moves_to_its_new_place_and_a_removed_one_leaves()
    {
        var projection = new QueueProjection();
        projection.Apply(Row("a", due: 10));
        projection.Apply(Row("b", due: 20));
        projection.Apply(Row("c", due: 30));

        projection.Apply(Row("c", due: 5) with { Breached = true });
        projection.Remove("a").Should().BeTrue();
        projection.Remove("a").Should().BeFalse();

        var page = projection.Query(Query(), null);
        Ids(page).Should().Equal("c", "b");
        page.Items[0].Breached.Should().BeTrue();
        projection.Count.Should().Be(2);
    }

    [Fact]
    public void Pages_follow_one_another_without_repeats_or_gaps_while_rows_arrive_and_leave()
    {
        var projection = new QueueProjection();
        for (var i = 0; i < 50; i++)
        {
            projection.Apply(Row($"r{i:D2}", due: i * 10));
        }

        var first = projection.Query(Query(limit: 20), null);
        first.Total.Should().Be(50);
        first.Next.Should().NotBeNull();

        // Before the cursor: a new row, and the cursor's own row removed. After it: a new row.
        projection.Apply(Row("early", due: -5));
        projection.Remove("r19");
        projection.Apply(Row("late", due: 1000));

        var seen = new List<string>(Ids(first));
        var cursor = first.Next;
        while (cursor is not null)
        {
            QueueCursor.TryRead(cursor, out var key).Should().BeTrue();
            var page = projection.Query(Query(limit: 20), key);
            seen.AddRange(Ids(page));
            cursor = page.Next;
        }

        seen.Should().OnlyHaveUniqueItems();
        seen.Should().Equal([.. Enumerable.Range(0, 50).Select(i => $"r{i:D2}"), "late"]);
    }

    [Fact]
    public void Filters_count_every_match_and_the_last_page_has_no_cursor()
    {
        var projection = new QueueProjection();
        for (var i = 0; i < 30; i++)
        {
            projection.Apply(Row($"r{i:D2}", due: i) with { Breached = i % 3 == 0, Status = i % 2 == 0 ? RequestStatus.InProgress : RequestStatus.Closed });
        }

        var page = projection.Query(Query(limit: 3) with { Breached = true, Statuses = [RequestStatus.InProgress] }, null);
        page.Total.Should().Be(5);
        Ids(page).Should().Equal("r00", "r06", "r12");
        QueueCursor.TryRead(page.Next, out var key).Should().BeTrue();
        var last = projection.Query(Query(limit: 3) with { Breached = true, Statuses = [RequestStatus.InProgress] }, key);
        Ids(last).Should().Equal("r18", "r24");
        last.Next.Should().BeNull();
    }

    [Fact]
    public void Figures_count_each_pair_over_the_period_open_at_risk_and_breached()
    {
        var projection = new QueueProjection();
        projection.Apply(Row("a", due: 1) with { AtRisk = true });
        projection.Apply(Row("b", due: 2) with { Breached = true, Status = RequestStatus.Closed, AtRisk = true });
        projection.Apply(Row("c", due: 3) with { Status = RequestStatus.Resolved });
        projection.Apply(Row("d", due: 4, client: "legal"));
        projection.Apply(Row("old", due: 5, filedMinutes: -60 * 24 * 40) with { Breached = true });

        projection.Figures(T0.AddDays(-30)).Should().Equal(
            new PairFigures("it", "hr", 3, 2, 1, 1),
            new PairFigures("it", "legal", 1, 1, 0, 0));
        projection.Figures(null)[0].Should().Be(new PairFigures("it", "hr", 4, 3, 1, 2));
    }

    [Fact]
    public void Figures_kept_per_filing_day_agree_with_a_count_over_every_row_whatever_changes_and_whenever_the_period_starts()
    {
        var random = new Random(11);
        var projection = new QueueProjection();
        var rows = new Dictionary<string, RequestSummary>();
        var statuses = Enum.GetValues<RequestStatus>();
        for (var step = 0; step < 3000; step++)
        {
            var id = "r" + random.Next(600).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(10) == 0)
            {
                projection.Remove(id);
                rows.Remove(id);
                continue;
            }

            // A request keeps its filing instant and pair; its status and flags change.
            var row = rows.GetValueOrDefault(id) ?? Row(id, due: random.Next(1000), filedMinutes: -random.Next(60 * 24 * 60), client: random.Next(3) == 0 ? "legal" : "hr");
            row = row with { Status = statuses[random.Next(statuses.Length)], AtRisk = random.Next(4) == 0, Breached = random.Next(5) == 0 };
            projection.Apply(row);
            rows[id] = row;
        }

        foreach (var since in new DateTimeOffset?[] { null, T0.AddDays(-7), T0.AddDays(-30).AddHours(-5).AddMinutes(-17), T0.AddDays(-59.5), T0.AddDays(1) })
        {
            projection.Figures(since).Should().Equal(QueueFiguresCount.Of(rows.Values, since), $"from {since}");
        }
    }

    [Fact]
    public void A_row_whose_due_instant_moves_or_whose_clock_pauses_moves_in_the_order_and_in_filtered_pages()
    {
        var projection = new QueueProjection();
        for (var i = 0; i < 300; i++)
        {
            projection.Apply(Row($"r{i:D3}", due: i * 10));
        }

        // Its due instant brought forward: first. Then its clock paused (no due instant): last, also among the breached.
        projection.Apply(Row("r250", due: -100));
        Ids(projection.Query(Query(limit: 2), null)).Should().Equal("r250", "r000");
        projection.Apply(Row("r250", due: null) with { Breached = true });
        projection.Apply(Row("r010", due: 5) with { Breached = true });
        Ids(projection.Query(Query(limit: 1000), null))[^1].Should().Be("r250");
        Ids(projection.Query(Query() with { Breached = true }, null)).Should().Equal("r010", "r250");
        Ids(projection.Query(Query(limit: 3), null)).Should().Equal("r000", "r010", "r001");
        projection.Query(Query(), null).Total.Should().Be(300);

        // Moved from the first page to after its cursor: read again where it is now (pages key rows by id, the newer
        // wins); every other row once.
        var first = projection.Query(Query(limit: 100), null);
        QueueCursor.TryRead(first.Next, out var cursor).Should().BeTrue();
        projection.Apply(Row("r050", due: 2990));
        var rest = new List<string>();
        for (var after = (QueueKey?)cursor; after is not null;)
        {
            var page = projection.Query(Query(limit: 100), after);
            rest.AddRange(Ids(page));
            after = QueueCursor.TryRead(page.Next, out var next) ? next : null;
        }

        Ids(first).Should().Contain("r050");
        rest.Should().Contain("r050").And.OnlyHaveUniqueItems();
        Ids(first).Concat(rest).Where(id => id != "r050").Should().OnlyHaveUniqueItems().And.HaveCount(299);
    }

    [Fact]
    public void Open_counts_per_status_follow_every_change_and_leave_closed_requests_out()
    {
        var projection = new QueueProjection();
        projection.Apply(Row("a", due: 1));
        projection.Apply(Row("b", due: 2) with { Status = RequestStatus.Submitted });
        projection.Apply(Row("c", due: 3) with { Status = RequestStatus.Submitted });
        projection.Apply(Row("d", due: 4) with { Status = RequestStatus.Closed });
        projection.OpenCounts().Should().BeEquivalentTo(new Dictionary<RequestStatus, int>
        {
            [RequestStatus.InProgress] = 1,
            [RequestStatus.Submitted] = 2,
        });

        projection.Apply(Row("b", due: 2) with { Status = RequestStatus.Resolved });
        projection.Remove("a");
        projection.OpenCounts().Should().BeEquivalentTo(new Dictionary<RequestStatus, int>
        {
            [RequestStatus.Submitted] = 1,
            [RequestStatus.Resolved] = 1,
        });
    }

    [Fact]
    public void Every_page_of_every_filter_is_what_a_walk_over_every_row_would_give_whatever_changed()
    {
        var random = new Random(41);
        var projection = new QueueProjection();
        var rows = new Dictionary<string, RequestSummary>();
        var statuses = Enum.GetValues<RequestStatus>();
        var queries = new[]
        {
            Query(limit: 37),
            Query(limit: 50) with { Statuses = [RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingOnClient, RequestStatus.Resolved] },
            Query(limit: 25) with { Breached = true },
            Query(limit: 25) with { AtRisk = true, Statuses = [RequestStatus.InProgress] },
            Query(limit: 40) with { CounterpartDepartmentId = "legal", AwaitingApproval = false },
            Query(limit: 40) with { ServiceId = "it.phone", Breached = false },
            Query(limit: 1000) with { ServiceId = "nothing" },
        };

        for (var round = 0; round < 6; round++)
        {
            for (var step = 0; step < 1500; step++)
            {
                var id = "r" + random.Next(1200).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                if (random.Next(12) == 0)
                {
                    projection.Remove(id).Should().Be(rows.Remove(id));
                    continue;
                }

                var row = (rows.GetValueOrDefault(id) ?? Row(id, due: 0, filedMinutes: -random.Next(5000), client: random.Next(3) == 0 ? "legal" : "hr")) with
                {
                    Status = statuses[random.Next(statuses.Length)],
                    ServiceId = random.Next(2) == 0 ? "it.laptop" : "it.phone",
                    AtRisk = random.Next(4) == 0,
                    Breached = random.Next(5) == 0,
                    AwaitingApproval = random.Next(6) == 0,
                    NextDueAt = random.Next(7) == 0 ? null : T0.AddMinutes(random.Next(-500, 3000)),
                };
                projection.Apply(row);
                rows[id] = row;
            }

            var ordered = rows.Values.OrderBy(r => r, Catalog.Grains.Requests.Index.QueueOrder.Comparer).ToList();
            projection.Count.Should().Be(rows.Count);
            foreach (var query in queries)
            {
                QueueKey? after = null;
                var pages = 0;
                do
                {
                    var page = projection.Query(query, after);
                    page.Should().BeEquivalentTo(QueuePaging.Page(ordered, query, after), o => o.WithStrictOrdering(), $"round {round}, page {pages} of {query}");
                    after = QueueCursor.TryRead(page.Next, out var next) ? next : null;
                    pages++;
                }
                while (after is not null);
            }

            var open = rows.Values.Where(r => RequestLifecycle.IsOpen(r.Status)).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
            projection.OpenCounts().Should().BeEquivalentTo(open);
        }

        projection.FacetCount.Should().BeLessThan(2 * 7 * 2 * 2 * 2 * 2 + 1, "rows sharing what filters look at share a group");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("MnwxfDJ8eA")] // "2|1|2|x": another version
    [InlineData("MXx4fDJ8eA")] // "1|x|2|x": a due that is not a number
    public void Anything_but_a_cursor_is_refused(string text) =>
        QueueCursor.TryRead(text, out _).Should().BeFalse();

    [Fact]
    public void A_cursor_reads_back_its_place_even_with_bars_in_the_id()
    {
        var key = new QueueKey(null, 42, "it|2026|7");
        QueueCursor.TryRead(QueueCursor.Write(key), out var read).Should().BeTrue();
        read.Should().Be(key);
    }

    private static QueueQuery Query(int limit = 1000) => new(QueueRole.Provider, "it", Limit: limit);

    private static RequestSummary Row(string id, int? due, int filedMinutes = 0, string client = "hr") =>
        new(id, "it.laptop", new LocalizedText("Portable", "Laptop"), "it", client, "hr.requester", "Title " + id,
            RequestStatus.InProgress, false, false, due is { } d ? T0.AddMinutes(d) : null, T0.AddMinutes(filedMinutes), T0);

    private static string[] Ids(QueuePage page) => [.. page.Items.Select(i => i.Id)];
}
