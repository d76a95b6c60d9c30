using Catalog.Web.Live;
using static Catalog.Functional.Tests.Live.TestEvents;

namespace Catalog.Functional.Tests.Live;

public sealed class LiveEventBatcherTests
{
    [Fact]
    public void A_flush_is_one_message_per_group_each_event_going_to_its_provider_its_client_and_the_boards()
    {
        var batches = LiveEventBatcher.Batch([
            Event("R-1", 1, "it", "hr"),
            Event("R-2", 1, "hr", "finance"),
            Event("R-1", 2, "it", "hr"),
        ]);

        batches.Select(b => b.Group).Should().Equal(
            "provider:it", "client:hr", "board", "board:it", "board:hr", "provider:hr", "client:finance", "board:finance");
        Names(batches, "provider:it").Should().Equal("R-1#1", "R-1#2");
        Names(batches, "client:hr").Should().Equal("R-1#1", "R-1#2");
        Names(batches, "provider:hr").Should().Equal("R-2#1");
        Names(batches, "client:finance").Should().Equal("R-2#1");
        Names(batches, "board").Should().Equal("R-1#1", "R-2#1", "R-1#2");
        Names(batches, "board:it").Should().Equal("R-1#1", "R-1#2");
        Names(batches, "board:hr").Should().Equal(["R-1#1", "R-2#1", "R-1#2"], "hr is the client of R-1 and the provider of R-2");
        Names(batches, "board:finance").Should().Equal("R-2#1");
    }

    [Fact]
    public void A_batch_keeps_arrival_order_but_puts_each_request_s_events_in_sequence_order()
    {
        var ordered = LiveEventBatcher.InRequestOrder([
            Event("A", 3), Event("B", 1), Event("A", 1), Event("C", 5), Event("A", 2), Event("C", 4),
        ]);

        ordered.Select(Name).Should().Equal("A#1", "B#1", "A#2", "C#4", "A#3", "C#5");
    }

    [Fact]
    public void An_event_delivered_twice_goes_out_once()
    {
        var batches = LiveEventBatcher.Batch([Event("A", 1), Event("A", 2), Event("A", 1), Event("A", 2)]);

        Names(batches, "board").Should().Equal("A#1", "A#2");
    }

    [Fact]
    public void Events_already_in_order_keep_their_order()
    {
        var arrived = Enumerable.Range(1, 100).Select(n => Event($"R-{n % 7}", n)).ToList();

        LiveEventBatcher.InRequestOrder(arrived).Should().Equal(arrived);
    }

    [Fact]
    public void An_empty_flush_sends_nothing()
    {
        LiveEventBatcher.Batch([]).Should().BeEmpty();
    }

    private static IEnumerable<string> Names(IReadOnlyList<LiveBatch> batches, string group) =>
        batches.Single(b => b.Group == group).Events.Select(Name);
}
