using System.Globalization;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Queues;
using Catalog.Grains.Requests.Index;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Queues;

public sealed class OrderedRowsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rows_added_in_any_order_read_back_in_queue_order_across_many_chunks()
    {
        var random = new Random(7);
        var rows = new OrderedRows();
        var expected = new List<RequestSummary>();
        foreach (var i in Enumerable.Range(0, 2000).OrderBy(_ => random.Next()))
        {
            var row = Row(i, due: random.Next(10) == 0 ? null : random.Next(500));
            rows.Add(row).Should().BeTrue();
            expected.Add(row);
        }

        expected.Sort(QueueOrder.Comparer);
        rows.Count.Should().Be(2000);
        Ids(rows.All()).Should().Equal(Ids(expected));
    }

    [Fact]
    public void Reading_after_a_cursor_starts_just_after_it_whether_or_not_a_row_is_there()
    {
        var rows = new OrderedRows();
        var all = Enumerable.Range(0, 1000).Select(i => Row(i, due: i / 3)).OrderBy(r => r, QueueOrder.Comparer).ToList();
        foreach (var row in all)
        {
            rows.Add(row);
        }

        // At a row: the rows after it. Between rows (a removed row's place): the first after that place.
        Ids(rows.After(QueueKey.Of(all[500])).Take(3)).Should().Equal(Ids(all.Skip(501).Take(3)));
        rows.Remove(QueueKey.Of(all[700])).Should().BeTrue();
        Ids(rows.After(QueueKey.Of(all[700])).Take(2)).Should().Equal(Ids(all.Skip(701).Take(2)));
        rows.After(QueueKey.Of(all[^1])).Should().BeEmpty();
        Ids(rows.After(new QueueKey(long.MinValue, 0, string.Empty)).Take(1)).Should().Equal(all[0].Id);
        rows.After(new QueueKey(null, long.MaxValue, "~")).Should().BeEmpty();
    }

    [Fact]
    public void Random_adds_and_removes_keep_the_same_rows_as_a_sorted_list_at_every_step()
    {
        var random = new Random(23);
        var rows = new OrderedRows();
        var reference = new SortedDictionary<QueueKey, RequestSummary>();
        for (var step = 0; step < 20_000; step++)
        {
            var row = Row(random.Next(3000), due: random.Next(8) == 0 ? null : random.Next(400));
            var key = QueueKey.Of(row);
            if (random.Next(3) == 0)
            {
                rows.Remove(key).Should().Be(reference.Remove(key));
            }
            else
            {
                rows.Add(row).Should().Be(reference.TryAdd(key, row), "a row of a key already there is not added twice");
            }

            if (step % 2500 == 0)
            {
                Ids(rows.All()).Should().Equal(reference.Values.Select(r => r.Id));
            }
        }

        rows.Count.Should().Be(reference.Count);
        Ids(rows.All()).Should().Equal(reference.Values.Select(r => r.Id));
        var cursor = reference.Keys.ElementAt(reference.Count / 2);
        Ids(rows.After(cursor)).Should().Equal(reference.Where(r => r.Key.CompareTo(cursor) > 0).Select(r => r.Value.Id));
    }

    private static RequestSummary Row(int i, int? due) =>
        new("R-" + i.ToString("D5", CultureInfo.InvariantCulture), "it.laptop", new LocalizedText("Portable", "Laptop"), "it", "hr",
            "hr.requester", "Title", RequestStatus.InProgress, false, false, due is { } d ? T0.AddMinutes(d) : null,
            T0.AddMinutes(-(i % 50)), T0);

    private static string[] Ids(IEnumerable<RequestSummary> rows) => [.. rows.Select(r => r.Id)];
}
