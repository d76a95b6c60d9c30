using Catalog.Catalogue;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Monitoring;

public sealed class DeadlineQueueTests
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nothing_is_due_before_its_instant_and_a_request_is_due_at_its_earliest_deadline()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [AtRisk(T0.AddHours(2)), Breach(T0.AddHours(4))]);
        queue.Track("IT-000002", [Breach(T0.AddHours(1))]);

        queue.TakeDue(T0.AddMinutes(59), 100).Should().BeEmpty();
        queue.Earliest().Should().Be(T0.AddHours(1));
        queue.TakeDue(T0.AddHours(3), 100).Select(c => c.RequestId).Should().Equal("IT-000002", "IT-000001");
    }

    [Fact]
    public void A_request_with_several_passed_deadlines_is_checked_once()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [AtRisk(T0.AddHours(1)), Breach(T0.AddHours(2)), AtRisk(T0.AddHours(1), ClockKind.Resolution)]);

        var due = queue.TakeDue(T0.AddHours(5), 100);

        due.Should().ContainSingle().Which.RequestId.Should().Be("IT-000001");
        queue.TakeDue(T0.AddHours(5), 100).Should().BeEmpty("the request is in flight");
    }

    [Fact]
    public void A_successful_check_retires_the_deadlines_it_covered_and_keeps_the_later_ones()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [AtRisk(T0.AddHours(1)), Breach(T0.AddHours(2))]);

        var check = queue.TakeDue(T0.AddHours(1.5), 100).Single();
        queue.Complete(check, succeeded: true);

        queue.DeadlinesOf("IT-000001").Should().Equal(Breach(T0.AddHours(2)));
        queue.PendingDeadlines.Should().Be(1);
        queue.TakeDue(T0.AddHours(1.9), 100).Should().BeEmpty();
        queue.TakeDue(T0.AddHours(2), 100).Should().ContainSingle();
    }

    [Fact]
    public void A_request_whose_last_deadline_was_checked_is_forgotten()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [Breach(T0.AddHours(1))]);

        queue.Complete(queue.TakeDue(T0.AddHours(1), 100).Single(), succeeded: true);

        queue.TrackedRequests.Should().Be(0);
        queue.PendingDeadlines.Should().Be(0);
        queue.Earliest().Should().BeNull();
    }

    [Fact]
    public void A_failed_check_makes_the_request_due_again_at_once_so_no_deadline_is_lost()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [AtRisk(T0.AddHours(1)), Breach(T0.AddHours(2))]);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var check = queue.TakeDue(T0.AddHours(3), 100).Should().ContainSingle().Subject;
            queue.Complete(check, succeeded: false);
        }

        queue.DeadlinesOf("IT-000001").Should().HaveCount(2);
        queue.Complete(queue.TakeDue(T0.AddHours(3), 100).Single(), succeeded: true);
        queue.TrackedRequests.Should().Be(0);
    }

    [Fact]
    public void Forgetting_the_request_of_a_check_drops_all_its_deadlines_unless_it_was_tracked_again()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [AtRisk(T0.AddHours(1)), Breach(T0.AddHours(2))]);
        queue.Track("IT-000002", [Breach(T0.AddHours(1))]);
        var checks = queue.TakeDue(T0.AddHours(1), 100);
        queue.Track("IT-000002", [Breach(T0.AddHours(3))]);

        foreach (var check in checks)
        {
            queue.Forget(check);
        }

        queue.DeadlinesOf("IT-000001").Should().BeEmpty();
        queue.DeadlinesOf("IT-000002").Should().Equal(Breach(T0.AddHours(3)));
        queue.PendingDeadlines.Should().Be(1);
    }

    [Fact]
    public void Tracking_replaces_the_deadlines_and_the_old_ones_never_fire()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [Breach(T0.AddHours(1))]);
        queue.Track("IT-000001", [Breach(T0.AddHours(5))]);

        queue.TakeDue(T0.AddHours(4), 100).Should().BeEmpty();
        queue.PendingDeadlines.Should().Be(1);
        queue.Earliest().Should().Be(T0.AddHours(5));
    }

    [Fact]
    public void Tracking_an_empty_list_forgets_the_request()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [Breach(T0.AddHours(1))]);

        queue.Track("IT-000001", []);

        queue.TrackedRequests.Should().Be(0);
        queue.TakeDue(T0.AddDays(1), 100).Should().BeEmpty();
    }

    [Fact]
    public void The_outcome_of_a_check_is_ignored_when_the_request_was_tracked_again_meanwhile()
    {
        var queue = new DeadlineQueue();
        queue.Track("IT-000001", [Breach(T0.AddHours(1))]);
        var check = queue.TakeDue(T0.AddHours(2), 100).Single();

        // The request grain recorded the breach and tracked its remaining deadline while the check ran.
        queue.Track("IT-000001", [Breach(T0.AddHours(3), ClockKind.Resolution)]);
        queue.Complete(check, succeeded: true);
        var failed = queue.TakeDue(T0.AddHours(3), 100).Single();
        queue.Track("IT-000001", [Breach(T0.AddHours(9), ClockKind.Resolution)]);
        queue.Complete(failed, succeeded: false);

        queue.DeadlinesOf("IT-000001").Should().Equal(Breach(T0.AddHours(9), ClockKind.Resolution));
        queue.TakeDue(T0.AddHours(8), 100).Should().BeEmpty();
    }

    [Fact]
    public void At_most_the_asked_number_of_requests_is_taken_earliest_first_and_the_rest_wait()
    {
        var queue = new DeadlineQueue();
        for (var i = 1; i <= 10; i++)
        {
            queue.Track($"IT-{i:D6}", [Breach(T0.AddMinutes(i))]);
        }

        var first = queue.TakeDue(T0.AddHours(1), 4);
        var rest = queue.TakeDue(T0.AddHours(1), 100);

        first.Select(c => c.RequestId).Should().Equal("IT-000001", "IT-000002", "IT-000003", "IT-000004");
        rest.Should().HaveCount(6);
    }

    [Fact]
    public void Re_tracking_often_keeps_the_heap_within_twice_the_tracked_requests()
    {
        var queue = new DeadlineQueue();
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < 1000; i++)
            {
                queue.Track($"IT-{i:D6}", [AtRisk(T0.AddDays(1).AddMinutes(i + round)), Breach(T0.AddDays(2).AddMinutes(i))]);
            }
        }

        queue.PendingDeadlines.Should().Be(2000);
        queue.HeapEntries.Should().BeLessThanOrEqualTo((2 * 1000) + 1024 + 1);
        queue.TakeDue(T0.AddDays(1).AddMinutes(49), 10_000).Should().ContainSingle().Which.RequestId.Should().Be("IT-000000");
    }

    [Fact]
    public void Deadlines_at_the_same_instant_in_different_offsets_are_the_same_instant()
    {
        var queue = new DeadlineQueue();
        var inToronto = T0.AddHours(1).ToOffset(TimeSpan.FromHours(-5));
        queue.Track("IT-000001", [Breach(inToronto)]);

        queue.TakeDue(T0.AddHours(1).AddTicks(-1), 10).Should().BeEmpty();
        queue.TakeDue(T0.AddHours(1), 10).Should().ContainSingle();
    }

    private static SlaDeadline AtRisk(DateTimeOffset at, ClockKind clock = ClockKind.Acknowledgement) => new(clock, SlaDeadlineKind.AtRisk, at);

    private static SlaDeadline Breach(DateTimeOffset at, ClockKind clock = ClockKind.Acknowledgement) => new(clock, SlaDeadlineKind.Breach, at);
}
