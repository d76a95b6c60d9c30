using Catalog.Domain.Forecasts;

namespace Catalog.Domain.Tests.Forecasts;

public sealed class QueueAheadTests
{
    [Fact]
    public void A_queue_that_drained_faster_than_usual_brings_the_request_forward()
    {
        // Ten ahead at filing, two business hours at two an hour should leave six; only two are left.
        QueueAhead.Effective(10, 2, 2, 2).Should().Be(6);
        QueueAhead.Effective(10, 8, 2, 2).Should().Be(12);
    }

    [Fact]
    public void At_the_head_of_the_queue_it_never_counts_more_than_it_had_at_filing()
    {
        QueueAhead.Effective(3, 0, 10, 2).Should().Be(3);
        QueueAhead.Effective(30, 0, 1, 2).Should().Be(2);
    }
}
