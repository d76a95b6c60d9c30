using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Notifications;

public sealed class BreachNotificationTests(NotificationsPlatform platform) : IClassFixture<NotificationsPlatform>
{
    private static readonly TimeSpan Toronto = TimeSpan.FromHours(-5);

    [Fact]
    public async Task A_breach_at_night_is_mailed_at_once_only_to_whom_opted_in_the_others_get_it_in_the_morning_digest()
    {
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var manager = await platform.AsAsync(RequestApi.ItManager);
        await NotificationApi.PreferAsync(manager, ("Breach", "Immediate"));
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 1);

        // Filed Friday 16:00: acknowledgement due Monday 09:00. The clock jumps to Monday 20:00, after hours.
        var id = (await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service))["id"]!.GetValue<string>();
        await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(RequestApi.ItAgent, id).Count > 0, TimeSpan.FromSeconds(15));
        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 20, 0, 0, Toronto));

        (await NotificationsPlatform.EventuallyAsync(
                () => platform.MailsTo(RequestApi.ItManager, id).Any(m => (m.Subject ?? "").Contains("missed its acknowledgement target", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(15)))
            .Should().BeTrue("it.manager opted in to breaches at once, day or night");
        (await NotificationApi.InboxEventuallyAsync(agent, id, 1, "Breach")).Should().ContainSingle()
            .Which["emailedAt"].Should().BeNull("the agent's breach waits for the morning digest");
        await Task.Delay(TimeSpan.FromSeconds(2));
        platform.MailsTo(RequestApi.ItAgent, id).Should().ContainSingle("only the new request's mail of Friday, nothing at night");
        platform.MailsTo(RequestApi.ItManager, id).Where(m => (m.Subject ?? "").Contains("at risk", StringComparison.Ordinal))
            .Should().BeEmpty("a warning never goes out at night");

        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 30, 0, Toronto));
        (await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(RequestApi.ItAgent, id).Count > 1, TimeSpan.FromSeconds(15)))
            .Should().BeTrue();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var morning = platform.MailsTo(RequestApi.ItAgent, id).Where(m => !(m.Subject ?? "").Contains("New request", StringComparison.Ordinal))
            .Should().ContainSingle("the warning and the breach go together").Subject;
        morning.Subject.Should().Be("Catalog: 2 notifications waiting");
        morning.TextBody.Should().Contain("missed its acknowledgement target").And.Contain("is at risk");
    }
}
