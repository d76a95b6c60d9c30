using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>Satisfaction surveys over HTTP against the real hosts: the offer, one answer, the fatigue rule, who answers.</summary>
[Collection(SurveyCollection.Name)]
public sealed class SurveyApiTests(SurveyPlatform platform)
{
    [Fact]
    public async Task A_resolved_request_offers_its_requester_a_survey_that_takes_one_answer_and_a_second_is_409()
    {
        var (userId, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var id = request["id"]!.GetValue<string>();

        await SurveyScenario.OfferAsync(platform, request);
        var offered = (await requester.GetFromJsonAsync<JsonObject>($"api/requests/{id}/survey"))!;
        offered["status"]!.GetValue<string>().Should().Be("Offered");
        offered["canAnswer"]!.GetValue<bool>().Should().BeTrue();
        offered["question"]!["fr"]!.GetValue<string>().Should().Contain("satisfait");
        offered["question"]!["en"]!.GetValue<string>().Should().Contain("satisfied");
        (await requester.GetFromJsonAsync<JsonArray>("api/me/surveys"))!.Select(s => s!["requestId"]!.GetValue<string>()).Should().Equal(id);

        var first = await SurveyScenario.AnswerAsync(requester, id, 4, "Rapide et courtois.");
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var second = await SurveyScenario.AnswerAsync(requester, id, 1, "Changed my mind");
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        second.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var answered = (await requester.GetFromJsonAsync<JsonObject>($"api/requests/{id}/survey"))!;
        answered["status"]!.GetValue<string>().Should().Be("Answered");
        answered["score"]!.GetValue<int>().Should().Be(4);
        answered["comment"]!.GetValue<string>().Should().Be("Rapide et courtois.");
        answered["canAnswer"]!.GetValue<bool>().Should().BeFalse();
        (await requester.GetFromJsonAsync<JsonArray>("api/me/surveys")).Should().BeEmpty();

        var auditor = await platform.AsAsync("org.auditor");
        var trail = (await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityId={id}&userId={userId}"))!;
        var answeredEntry = trail.Single(e => e!["action"]!.GetValue<string>() == "SurveyAnswered")!;
        answeredEntry["changes"]!.ToJsonString().Should().Contain("surveyScore").And.Contain("\"4\"");
    }

    [Fact]
    public async Task A_reopened_request_resolved_again_keeps_its_one_survey()
    {
        var (_, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var id = request["id"]!.GetValue<string>();
        var first = await SurveyScenario.OfferAsync(platform, request);
        (await SurveyScenario.AnswerAsync(requester, id, 2)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await requester.PostAsJsonAsync($"api/requests/{id}/reopen", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var agent = await platform.AsAsync("it.agent");
        (await agent.PostAsJsonAsync($"api/requests/{id}/resolve", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await SurveyScenario.OfferAsync(platform, (await agent.GetFromJsonAsync<JsonObject>($"api/requests/{id}"))!, DateTimeOffset.UtcNow.AddDays(30));

        again.Status.Should().Be(Domain.Surveys.SurveyStatus.Answered);
        again.DecidedAt.Should().Be(first.DecidedAt);
        (await requester.GetFromJsonAsync<JsonArray>("api/me/surveys")).Should().BeEmpty("no second survey for the same request");
        (await SurveyScenario.AnswerAsync(requester, id, 5)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_second_resolve_for_the_same_person_within_a_week_gets_no_survey_and_says_why()
    {
        var (userId, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var firstRequest = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var secondRequest = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var firstAt = firstRequest["history"]!.AsArray().Last()!["at"]!.GetValue<DateTimeOffset>();
        var first = await SurveyScenario.OfferAsync(platform, firstRequest, firstAt);
        var second = await SurveyScenario.OfferAsync(platform, secondRequest, firstAt.AddDays(6).AddHours(23));

        first.Status.Should().Be(Domain.Surveys.SurveyStatus.Offered);
        second.Status.Should().Be(Domain.Surveys.SurveyStatus.Skipped);
        second.SkipReason.Should().Be(Domain.Surveys.SurveySkipReason.RecentSurvey);
        var secondId = secondRequest["id"]!.GetValue<string>();
        var shown = (await requester.GetFromJsonAsync<JsonObject>($"api/requests/{secondId}/survey"))!;
        shown["status"]!.GetValue<string>().Should().Be("Skipped");
        shown["nextAllowedAt"]!.GetValue<DateTimeOffset>().Should().Be(firstAt.AddDays(7));
        (await requester.GetFromJsonAsync<JsonArray>("api/me/surveys"))!.Select(s => s!["requestId"]!.GetValue<string>())
            .Should().Equal(firstRequest["id"]!.GetValue<string>());
        (await SurveyScenario.AnswerAsync(requester, secondId, 5)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var auditor = await platform.AsAsync("org.auditor");
        var skip = (await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityId={secondId}"))!
            .Single(e => e!["action"]!.GetValue<string>() == "SurveySkipped")!;
        skip["changes"]!.ToJsonString().Should().Contain("RecentSurvey").And.Contain(firstRequest["id"]!.GetValue<string>()).And.Contain(userId);
    }

    [Fact]
    public async Task Only_the_requester_answers_colleagues_and_the_provider_are_refused_and_outsiders_told_it_does_not_exist()
    {
        var (_, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var id = request["id"]!.GetValue<string>();
        await SurveyScenario.OfferAsync(platform, request);

        foreach (var (person, status) in new[] { ("hr.manager", HttpStatusCode.Forbidden), ("it.agent", HttpStatusCode.Forbidden), ("org.auditor", HttpStatusCode.Forbidden), ("legal.agent", HttpStatusCode.NotFound) })
        {
            var refused = await SurveyScenario.AnswerAsync(await platform.AsAsync(person), id, 5);
            refused.StatusCode.Should().Be(status, person);
        }

        (await SurveyScenario.AnswerAsync(requester, id, 3, "Le technicien a bien expliqué.")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The comment: the requester, the provider's people and auditors read it; the requester's colleagues see the score only.
        foreach (var (person, readsComment) in new[] { ("it.requester", true), ("org.auditor", true), ("hr.manager", false) })
        {
            var seen = (await (await platform.AsAsync(person)).GetFromJsonAsync<JsonObject>($"api/requests/{id}/survey"))!;
            seen["score"]!.GetValue<int>().Should().Be(3, person);
            (seen["comment"]?.GetValue<string>() is not null).Should().Be(readsComment, person);
        }
    }

    [Theory]
    [InlineData("{\"score\":0}", "score")]
    [InlineData("{\"score\":6}", "score")]
    [InlineData("{\"comment\":\"no score\"}", "score")]
    [InlineData("{\"score\":\"five\"}", "score")]
    public async Task A_bad_answer_is_a_400_naming_the_field(string body, string field)
    {
        var (_, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var id = request["id"]!.GetValue<string>();
        await SurveyScenario.OfferAsync(platform, request);

        var response = await requester.PostAsync($"api/requests/{id}/survey", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field);
        ((await requester.GetFromJsonAsync<JsonObject>($"api/requests/{id}/survey"))!)["status"]!.GetValue<string>().Should().Be("Offered");
    }

    [Fact]
    public async Task A_request_never_resolved_has_no_survey_to_answer()
    {
        var (_, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var filed = await requester.PostAsJsonAsync("api/requests", new { serviceId = SurveyScenario.OpenService, title = "Pas encore", answers = new Dictionary<string, string>() });
        var id = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        ((await requester.GetFromJsonAsync<JsonObject>($"api/requests/{id}/survey"))!)["status"]!.GetValue<string>().Should().Be("None");
        (await SurveyScenario.AnswerAsync(requester, id, 5)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }
}
