using Catalog.Complaints;
using Microsoft.Extensions.DependencyInjection;
using Catalog.Functional.Tests.Requests;
using static Catalog.Functional.Tests.Complaints.ComplaintApi;

namespace Catalog.Functional.Tests.Complaints;

/// <summary>The durable reminder: a desk nobody calls after a silo restart still escalates what fell due meanwhile.</summary>
public sealed class ComplaintRestartTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Deadlines_that_passed_while_the_silo_was_down_escalate_after_restart_each_at_its_own_instant()
    {
        var hr = await platform.AsAsync("hr.requester");
        var complaint = await ComplainOkAsync(hr, await RequestAsync(hr));
        var id = complaint["id"]!.GetValue<string>();
        var toManager = Instant(complaint, "levelDueAt");

        await platform.StopSiloAsync();
        // Friday 16:00 + 2 business days = Tuesday 16:00 (manager), + 2 more = Thursday 16:00 (head); Friday noon is before the officer's turn.
        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(-5)));
        await platform.StartSiloAsync();

        // Nobody calls the desk: only its reminder (every minute, on Orleans' real clock) wakes it.
        var deadline = DateTime.UtcNow.AddSeconds(150);
        var escalations = 0;
        while (escalations < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var facts = await platform.WebServices.GetRequiredService<IGrainFactory>().ComplaintFactsAsync(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), ["it"]);
            // Read through the facts query, which never applies escalations itself.
            escalations = facts.Single(f => f.Id == id).HighestLevel == Catalog.Domain.Complaints.ComplaintLevel.DepartmentHead ? 2 : 0;
        }

        var after = await GetAsync(hr, id);
        after["level"]!.GetValue<string>().Should().Be("DepartmentHead");
        after["escalations"]!.AsArray().Select(s => Instant(s!, "at")).Should().Equal(
            toManager, new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.FromHours(-5)));
    }
}
