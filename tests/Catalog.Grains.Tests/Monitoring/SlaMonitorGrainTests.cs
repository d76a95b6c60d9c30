using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Requests.Monitoring;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Grains.Tests.Index;
using Catalog.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Grains.Tests.Monitoring;

[Collection(MonitorClusterCollection.Name)]
public sealed class SlaMonitorGrainTests(MonitorClusterFixture fixture)
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private IGrainFactory SiloGrains => fixture.Silo.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task A_tracked_deadline_fires_a_check_within_one_second_of_the_clock_passing_it()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var id = $"{provider.ToUpperInvariant()}-000001";
        var deadline = fixture.Time.GetUtcNow().AddMinutes(10);
        await fixture.Grains.GetSlaMonitor(provider).TrackAsync(id, [Breach(deadline)]);

        fixture.Time.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(500);
        var beforeDeadline = fixture.Checker.CountOf(id);
        fixture.Time.SetUtcNow(deadline);
        var elapsed = await fixture.RunClockUntilAsync(() => fixture.Checker.CountOf(id) > 0, OneSecond);

        beforeDeadline.Should().Be(0);
        elapsed.Should().NotBeNull("the check must come within a second of real time").And.BeLessThan(OneSecond);
        fixture.Checker.ChecksOf(id).Should().ContainSingle().Which.Should().BeOnOrAfter(deadline);
        (await fixture.Grains.GetSlaMonitor(provider).GetStatusAsync()).Should().Be(new SlaMonitorStatus(0, 0, null));
    }

    [Fact]
    public async Task A_failed_check_is_retried_on_the_next_ticks_until_it_succeeds_then_never_again()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var id = $"{provider.ToUpperInvariant()}-000001";
        var failures = 0;
        fixture.Checker.Plan(id, () => ++failures <= 2
            ? Task.FromException(new TimeoutException("The request did not answer."))
            : Task.CompletedTask);
        var deadline = fixture.Time.GetUtcNow().AddMinutes(1);
        await fixture.Grains.GetSlaMonitor(provider).TrackAsync(id, [Breach(deadline)]);

        fixture.Time.SetUtcNow(deadline);
        var retried = await fixture.RunClockUntilAsync(() => fixture.Checker.CountOf(id) >= 3, TimeSpan.FromSeconds(5));
        await fixture.RunClockUntilAsync(() => false, TimeSpan.FromMilliseconds(500));

        retried.Should().NotBeNull();
        fixture.Checker.CountOf(id).Should().Be(3, "two failures, one success, then the deadline is done");
        (await fixture.Grains.GetSlaMonitor(provider).GetStatusAsync()).TrackedRequests.Should().Be(0);
    }

    [Fact]
    public async Task The_deadlines_of_a_request_that_does_not_exist_are_forgotten_not_retried()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var id = $"{provider.ToUpperInvariant()}-000001";
        fixture.Checker.Plan(id, () => Task.FromException(new CatalogNotFoundException("request", id)));
        var deadline = fixture.Time.GetUtcNow().AddMinutes(1);
        await fixture.Grains.GetSlaMonitor(provider).TrackAsync(id, [AtRisk(deadline), Breach(deadline.AddDays(1))]);

        fixture.Time.SetUtcNow(deadline);
        await fixture.RunClockUntilAsync(() => false, TimeSpan.FromMilliseconds(500));

        fixture.Checker.CountOf(id).Should().Be(1);
        (await fixture.Grains.GetSlaMonitor(provider).GetStatusAsync()).Should().Be(new SlaMonitorStatus(0, 0, null));
    }

    [Fact]
    public async Task A_request_that_tracks_its_next_deadlines_from_inside_the_check_does_not_deadlock_the_monitor()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var id = $"{provider.ToUpperInvariant()}-000001";
        var atRisk = fixture.Time.GetUtcNow().AddMinutes(30);
        var breach = atRisk.AddMinutes(30);

        // What a request grain does: record the at-risk, write, then tell its monitor what is left.
        fixture.Checker.Plan(id, () => SiloGrains.GetSlaMonitor(provider).TrackAsync(id, [Breach(breach)]));
        await fixture.Grains.GetSlaMonitor(provider).TrackAsync(id, [AtRisk(atRisk), Breach(breach)]);

        fixture.Time.SetUtcNow(atRisk);
        var elapsed = await fixture.RunClockUntilAsync(() => fixture.Checker.CountOf(id) > 0, OneSecond);
        await Task.Delay(200);
        var status = await fixture.Grains.GetSlaMonitor(provider).GetStatusAsync();

        elapsed.Should().NotBeNull().And.BeLessThan(OneSecond);
        status.Should().Be(new SlaMonitorStatus(1, 1, breach));
    }

    [Fact]
    public async Task A_monitor_reloads_pending_deadlines_from_the_index_and_at_once_fires_those_that_passed_while_it_was_down()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var now = fixture.Time.GetUtcNow();
        var overdue = $"{provider.ToUpperInvariant()}-000001";
        var later = $"{provider.ToUpperInvariant()}-000002";
        await fixture.Index.UpsertAsync(IndexTestData.Summary(overdue, provider, "hr"), [Breach(now.AddHours(-1))]);
        await fixture.Index.UpsertAsync(IndexTestData.Summary(later, provider, "hr"), [Breach(now.AddHours(1))]);

        await fixture.Grains.GetSlaMonitor(provider).StartAsync();
        var elapsed = await fixture.RunClockUntilAsync(() => fixture.Checker.CountOf(overdue) > 0, OneSecond);
        var status = await fixture.Grains.GetSlaMonitor(provider).GetStatusAsync();

        elapsed.Should().NotBeNull().And.BeLessThan(OneSecond);
        fixture.Checker.CountOf(later).Should().Be(0);
        status.Should().Be(new SlaMonitorStatus(1, 1, now.AddHours(1)));
    }

    [Fact]
    public async Task The_start_up_task_starts_the_monitor_of_every_department()
    {
        var department = TestDrafts.NewDepartmentId();
        await fixture.Grains.GetCatalogueIndex().AddDepartmentAsync(TestDrafts.Department(department));
        var id = $"{department.ToUpperInvariant()}-000001";
        await fixture.Index.UpsertAsync(IndexTestData.Summary(id, department, "hr"), [Breach(fixture.Time.GetUtcNow().AddMinutes(-5))]);

        await new SlaMonitorStarter(SiloGrains, NullLogger<SlaMonitorStarter>.Instance).StartAllAsync();

        // Start-up wakes every department of the shared cluster: this asserts that it does, not how fast (the
        // one-second promise is asserted by the tick tests above and end to end in the functional tests).
        var elapsed = await fixture.RunClockUntilAsync(() => fixture.Checker.CountOf(id) > 0, TimeSpan.FromSeconds(15));

        elapsed.Should().NotBeNull("the monitor of a department known at start-up must run");
    }

    [Fact]
    public async Task Tracking_an_empty_list_forgets_the_request()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var id = $"{provider.ToUpperInvariant()}-000001";
        var monitor = fixture.Grains.GetSlaMonitor(provider);
        var deadline = fixture.Time.GetUtcNow().AddMinutes(1);
        await monitor.TrackAsync(id, [AtRisk(deadline), Breach(deadline.AddMinutes(1))]);
        var tracked = await monitor.GetStatusAsync();

        await monitor.TrackAsync(id, []);
        fixture.Time.SetUtcNow(deadline.AddMinutes(2));
        await fixture.RunClockUntilAsync(() => false, TimeSpan.FromMilliseconds(500));

        tracked.Should().Be(new SlaMonitorStatus(1, 2, deadline));
        (await monitor.GetStatusAsync()).Should().Be(new SlaMonitorStatus(0, 0, null));
        fixture.Checker.CountOf(id).Should().Be(0);
    }

    [Fact]
    public async Task Many_requests_due_at_once_are_all_checked()
    {
        var provider = MonitorClusterFixture.NewDepartment();
        var deadline = fixture.Time.GetUtcNow().AddMinutes(1);
        var ids = Enumerable.Range(1, 2000).Select(i => $"{provider.ToUpperInvariant()}-{i:D6}").ToArray();
        var monitor = fixture.Grains.GetSlaMonitor(provider);
        foreach (var id in ids)
        {
            await monitor.TrackAsync(id, [Breach(deadline.AddTicks(id.GetHashCode() % 1000))]);
        }

        fixture.Time.SetUtcNow(deadline.AddSeconds(1));
        var elapsed = await fixture.RunClockUntilAsync(() => ids.All(id => fixture.Checker.CountOf(id) == 1), TimeSpan.FromSeconds(10));

        elapsed.Should().NotBeNull();
        (await monitor.GetStatusAsync()).TrackedRequests.Should().Be(0);
    }

    private static SlaDeadline AtRisk(DateTimeOffset at) => new(ClockKind.Acknowledgement, SlaDeadlineKind.AtRisk, at);

    private static SlaDeadline Breach(DateTimeOffset at) => new(ClockKind.Acknowledgement, SlaDeadlineKind.Breach, at);
}
