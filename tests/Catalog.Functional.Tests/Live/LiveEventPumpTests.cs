using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Catalog.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;
using static Catalog.Functional.Tests.Live.TestEvents;

namespace Catalog.Functional.Tests.Live;

public sealed class LiveEventPumpTests
{
    private static readonly LiveOptions Options = new() { FlushInterval = TimeSpan.FromMilliseconds(50), MaxBatchSize = 256 };

    [Fact]
    public async Task A_burst_goes_out_in_batches_of_at_most_256_one_message_per_group_per_flush()
    {
        var sender = new RecordingSender();
        var buffer = Channel.CreateUnbounded<LiveEvent>();
        for (var n = 1; n <= 600; n++)
        {
            buffer.Writer.TryWrite(Event("R-1", n));
        }

        buffer.Writer.Complete();
        await new LiveEventPump(buffer.Reader, sender, Options, NullLogger.Instance).RunAsync(CancellationToken.None);

        sender.Messages.Should().HaveCount(15,
            "600 events make 3 flushes (256, 256, 88), each one message to 5 groups: provider, client, board and the two departments' boards");
        sender.Messages.Select(m => m.Events.Count).Should().Equal(
            Enumerable.Repeat(256, 5).Concat(Enumerable.Repeat(256, 5)).Concat(Enumerable.Repeat(88, 5)));
        sender.EventsOf("board").Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 600).Select(n => (long)n));
    }

    [Fact]
    public async Task A_lone_event_goes_out_within_one_flush_interval()
    {
        var sender = new RecordingSender();
        var buffer = Channel.CreateUnbounded<LiveEvent>();
        using var stop = new CancellationTokenSource();
        var pumping = new LiveEventPump(buffer.Reader, sender, Options, NullLogger.Instance).RunAsync(stop.Token);

        var clock = Stopwatch.StartNew();
        buffer.Writer.TryWrite(Event("R-1", 1));
        await sender.WaitForAsync(5);
        // It waits for the next 50 ms beat, not for a batch to fill; the bound leaves room for a loaded CI machine.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "a lone event goes out at the next beat");

        stop.Cancel();
        await FluentActions.Awaiting(() => pumping).Should().ThrowAsync<OperationCanceledException>();
        sender.Messages.Select(m => m.Group).Should().BeEquivalentTo("provider:it", "client:hr", "board", "board:it", "board:hr");
    }

    [Fact]
    public async Task A_steady_trickle_goes_out_at_most_once_per_flush_interval_per_group()
    {
        var sender = new RecordingSender();
        var buffer = Channel.CreateUnbounded<LiveEvent>();
        var pumping = new LiveEventPump(buffer.Reader, sender, Options, NullLogger.Instance).RunAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var sequence = 0;
        while (clock.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            for (var i = 0; i < 5; i++)
            {
                buffer.Writer.TryWrite(Event("R-1", ++sequence));
            }

            await Task.Delay(5);
        }

        buffer.Writer.Complete();
        await pumping;
        var beats = (int)(clock.Elapsed.TotalMilliseconds / 50);
        var flushes = sender.Messages.Count(m => m.Group == "board");

        // One flush per beat, give or take the first, the last after completion and a late timer on a busy machine;
        // without batching there would be one per write of five (about 60).
        flushes.Should().BeLessThanOrEqualTo(beats + 3, $"{sequence} events were written five at a time");
        sequence.Should().BeGreaterThan(flushes, "events written between two beats share a message");
        sender.EventsOf("board").Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, sequence).Select(n => (long)n));
    }

    [Fact]
    public async Task Events_spread_over_time_keep_each_request_s_order_across_flushes()
    {
        var sender = new RecordingSender();
        var buffer = Channel.CreateUnbounded<LiveEvent>();
        var pumping = new LiveEventPump(buffer.Reader, sender, Options, NullLogger.Instance).RunAsync(CancellationToken.None);

        for (var n = 1; n <= 40; n++)
        {
            await buffer.Writer.WriteAsync(Event($"R-{n % 3}", (n + 2) / 3));
            await Task.Delay(n % 10 == 0 ? 60 : 1);
        }

        buffer.Writer.Complete();
        await pumping;

        sender.Messages.Where(m => m.Group == "board").Should().HaveCountGreaterThan(1, "the writes spanned several flush intervals");
        foreach (var request in new[] { "R-0", "R-1", "R-2" })
        {
            var sequences = sender.EventsOf("board").Where(e => e.RequestId == request).Select(e => e.Sequence).ToList();
            sequences.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public async Task A_group_that_fails_does_not_stop_the_other_groups_nor_later_flushes()
    {
        var sender = new RecordingSender { FailingGroup = "client:hr" };
        var buffer = Channel.CreateUnbounded<LiveEvent>();
        var pumping = new LiveEventPump(buffer.Reader, sender, Options, NullLogger.Instance).RunAsync(CancellationToken.None);

        await buffer.Writer.WriteAsync(Event("R-1", 1));
        await sender.WaitForAsync(2);
        await buffer.Writer.WriteAsync(Event("R-1", 2));
        buffer.Writer.Complete();
        await pumping;

        sender.EventsOf("board").Select(Name).Should().Equal("R-1#1", "R-1#2");
        sender.EventsOf("provider:it").Select(Name).Should().Equal("R-1#1", "R-1#2");
        sender.EventsOf("client:hr").Should().BeEmpty();
    }

    private sealed class RecordingSender : ILiveBatchSender
    {
        private readonly ConcurrentQueue<LiveBatch> messages = new();
        private readonly SemaphoreSlim received = new(0);

        public string? FailingGroup { get; init; }

        public IReadOnlyList<LiveBatch> Messages => [.. messages];

        public IEnumerable<LiveEvent> EventsOf(string group) => messages.Where(m => m.Group == group).SelectMany(m => m.Events);

        public Task SendAsync(string group, IReadOnlyList<LiveEvent> events, CancellationToken cancellationToken)
        {
            if (group == FailingGroup)
            {
                received.Release();
                throw new InvalidOperationException("The group is gone.");
            }

            messages.Enqueue(new LiveBatch(group, [.. events]));
            received.Release();
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                (await received.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeTrue("the pump sends within the flush interval");
            }
        }
    }
}
