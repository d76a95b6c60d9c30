using System.Net.Http.Json;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Notifications;

public sealed class NotificationsOutsideHoursTests(NotificationsPlatform platform) : IClassFixture<NotificationsPlatform>
{
    private static readonly TimeSpan Toronto = TimeSpan.FromHours(-5);

    [Fact]
    public async Task A_request_filed_at_22_00_is_mailed_to_the_provider_s_agents_at_the_next_opening_in_their_language()
    {
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        (await agent.PutAsJsonAsync("api/me/language", new { language = "fr" })).EnsureSuccessStatusCode();
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 40);

        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 22, 0, 0, Toronto));
        var filed = await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service);
        var id = filed["id"]!.GetValue<string>();

        var listed = await NotificationApi.InboxEventuallyAsync(agent, id, 1);
        listed.Should().ContainSingle("the in-app inbox lists it at once").Which["emailedAt"].Should().BeNull();
        listed[0]["text"]!.GetValue<string>().Should().StartWith($"Nouvelle demande {id}");
        await Task.Delay(TimeSpan.FromSeconds(3));
        platform.MailsTo(RequestApi.ItAgent, id).Should().BeEmpty("22:00 is outside IT's working hours");
        platform.MailsTo(RequestApi.ItManager, id).Should().BeEmpty();

        // Saturday and Sunday pass: still nothing.
        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 29, 0, Toronto));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        platform.MailsTo(RequestApi.ItAgent, id).Should().BeEmpty("Monday 08:29 is still before the opening");

        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 30, 0, Toronto));
        (await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(RequestApi.ItAgent, id).Count > 0, TimeSpan.FromSeconds(15)))
            .Should().BeTrue("the e-mail goes out at the opening");
        await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(RequestApi.ItManager, id).Count > 0, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var mail = platform.MailsTo(RequestApi.ItAgent, id).Should().ContainSingle().Subject;
        mail.Subject.Should().StartWith($"Catalog : Nouvelle demande {id}", "it.agent chose French");
        platform.MailsTo(RequestApi.ItManager, id).Should().ContainSingle()
            .Which.Subject.Should().StartWith($"Catalog: New request {id}", "it.manager chose English");
        (await NotificationApi.InboxAboutAsync(agent, id)).Single()["emailedAt"].Should().NotBeNull();
    }
}
