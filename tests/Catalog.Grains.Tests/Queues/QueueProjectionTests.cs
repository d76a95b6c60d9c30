using Catalog.Catalogue;
using Catalog.Domain.Requests;
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
