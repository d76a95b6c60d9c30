using System.Net.Http.Json;
using Catalog.Functional.Tests.Requests;
using Catalog.Functional.Tests.Surveys;

namespace Catalog.Functional.Tests.Notifications;

public sealed class RequesterNotificationTests(NotificationsPlatform platform) : IClassFixture<NotificationsPlatform>
{
    private static readonly TimeSpan Toronto = TimeSpan.FromHours(-5);

    [Fact]
    public async Task A_requester_is_reminded_at_once_when_a_request_waits_on_them_and_invited_to_its_survey_the_next_morning()
    {
        var (userId, requester) = await SurveyScenario.NewRequesterAsync(platform);
        (await requester.PutAsJsonAsync("api/me/language", new { language = "fr" })).EnsureSuccessStatusCode();
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var filed = await requester.PostAsJsonAsync("api/requests",
            new { serviceId = SurveyScenario.OpenService, title = "Mot de passe oublié", answers = new Dictionary<string, string>() });
        filed.EnsureSuccessStatusCode();
        var id = (await filed.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
        await RequestApi.ActAsync(agent, id, "acknowledge", new { });
        await RequestApi.ActAsync(agent, id, "start", new { });

        // Friday 16:00, HR is open: the reminder goes at once, in French.
        await RequestApi.ActAsync(agent, id, "wait", new { reason = "InformationMissing", comment = "Quel poste?" });
        (await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(userId, id).Count > 0, TimeSpan.FromSeconds(15)))
            .Should().BeTrue();
        platform.MailsTo(userId, id).Should().ContainSingle()
            .Which.Subject.Should().Be($"Catalog : La demande {id} attend votre réponse : Mot de passe oublié");

        await RequestApi.ActAsync(requester, id, "resume", new { });
        await RequestApi.ActAsync(agent, id, "resolve", new { });
        var view = await RequestApi.GetAsync(agent, id);
        await SurveyScenario.OfferAsync(platform, view);
        (await NotificationApi.InboxEventuallyAsync(requester, id, 1, "Survey")).Should().ContainSingle("the invitation is listed at once");
        await Task.Delay(TimeSpan.FromSeconds(2));
        platform.MailsTo(userId, id).Should().ContainSingle("survey invitations come in the next morning's digest by default");

        platform.FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 30, 0, Toronto));
        (await NotificationsPlatform.EventuallyAsync(() => platform.MailsTo(userId, id).Count > 1, TimeSpan.FromSeconds(15)))
            .Should().BeTrue();
        platform.MailsTo(userId, id).Select(m => m.Subject)
            .Should().Contain($"Catalog : Donnez votre avis sur la demande {id} : Mot de passe oublié");
    }
}
