using System.Collections.Concurrent;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Grains.Requests;
using Catalog.Grains.Requests.Events;
using Catalog.Grains.Tests.Index;
using Catalog.Grains.Tests.Monitoring;
using Catalog.Requests;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace Catalog.Grains.Tests.Events;

[Collection(MonitorClusterCollection.Name)]
public sealed class LiveStreamPublisherTests(MonitorClusterFixture fixture)
{
    [Fact]
    public async Task Published_events_reach_a_subscriber_of_the_live_stream_in_order()
    {
        var received = new ConcurrentQueue<IRequestEvent>();
        var requestId = $"{MonitorClusterFixture.NewDepartment().ToUpperInvariant()}-000001";
        var stream = fixture.Cluster.Client.GetStreamProvider(StreamNames.Live)
            .GetStream<IRequestEvent>(StreamId.Create(StreamNames.RequestsNamespace, StreamNames.OrganisationKey));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            if (e.RequestId == requestId)
            {
                received.Enqueue(e);
            }

            return Task.CompletedTask;
        });
        var publisher = fixture.Silo.GetRequiredService<IRequestEventPublisher>();
        var summary = IndexTestData.Summary(requestId, "it", "hr");
        var at = fixture.Time.GetUtcNow();

        try
        {
            await publisher.PublishAsync(new RequestFiled(requestId, "it", "hr", 1, at, summary));
            await publisher.PublishAsync(new ClockAtRisk(requestId, "it", "hr", 2, at, ClockKind.Acknowledgement, "it", at, summary with { AtRisk = true }));
            await publisher.PublishAsync(new ClockBreached(requestId, "it", "hr", 3, at, ClockKind.Acknowledgement, "it", at, summary with { Breached = true }));
            var delivered = await fixture.RunClockUntilAsync(() => received.Count == 3, TimeSpan.FromSeconds(10));

            publisher.Should().BeOfType<StreamRequestEventPublisher>();
            delivered.Should().NotBeNull();
            received.Select(e => e.Sequence).Should().Equal(1, 2, 3);
            received.Last().Should().BeOfType<ClockBreached>().Which.Summary.Breached.Should().BeTrue();
            received.First().Should().BeOfType<RequestFiled>().Which.Summary.Status.Should().Be(RequestStatus.Submitted);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }
}
