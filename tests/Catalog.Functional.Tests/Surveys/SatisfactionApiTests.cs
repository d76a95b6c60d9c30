using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>The published satisfaction figures, computed from the stored answers, over HTTP against the real hosts.</summary>
[Collection(SurveyCollection.Name)]
public sealed class SatisfactionApiTests(SurveyPlatform platform)
{
    [Fact]
    public async Task Figures_per_service_team_and_pair_match_the_answers_given()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync("it.manager"), ackHours: 4);
        var ids = new List<string>();
        var people = new List<HttpClient>();
        foreach (var department in new[] { "hr", "hr", "hr", "finance" })
        {
            var (_, requester) = await SurveyScenario.NewRequesterAsync(platform, department);
            var request = await SurveyScenario.ResolvedRequestAsync(platform, requester, service);
            await SurveyScenario.OfferAsync(platform, request);
            ids.Add(request["id"]!.GetValue<string>());
            people.Add(requester);
        }

        // hr: 5 with a comment, 2, unanswered; finance: 4 with a comment.
        (await SurveyScenario.AnswerAsync(people[0], ids[0], 5, "Excellent service des TI.")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SurveyScenario.AnswerAsync(people[1], ids[1], 2)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SurveyScenario.AnswerAsync(people[3], ids[3], 4, "Finance is happy.")).StatusCode.Should().Be(HttpStatusCode.OK);

        var reader = await platform.AsAsync("legal.agent");
        var report = (await reader.GetFromJsonAsync<JsonObject>("api/satisfaction?provider=it"))!;

        var byService = Group(report["byService"]!, service);
        byService["offered"]!.GetValue<int>().Should().Be(4);
        byService["answered"]!.GetValue<int>().Should().Be(3);
        byService["mean"]!.GetValue<double>().Should().Be(3.67);
        byService["distribution"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(0, 1, 0, 1, 1);
        byService["responseRate"]!.GetValue<double>().Should().Be(0.75);
        Group(report["byTeam"]!, "it")["offered"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(4);
        Group(report["byPair"]!, "it→finance")["mean"]!.GetValue<double>().Should().BeGreaterThan(0);

        // Comments: legal reads none of them (other departments' people); hr reads its own only; it reads all.
        report["comments"]!.AsArray().Should().BeEmpty();
        var hrComments = Comments(await (await platform.AsAsync("hr.manager")).GetFromJsonAsync<JsonObject>("api/satisfaction?provider=it"));
        hrComments.Should().Contain("Excellent service des TI.").And.NotContain("Finance is happy.");
        Comments(await (await platform.AsAsync("it.agent")).GetFromJsonAsync<JsonObject>("api/satisfaction?provider=it"))
            .Should().Contain("Excellent service des TI.").And.Contain("Finance is happy.");
    }

    [Fact]
    public async Task The_facts_for_the_scorecards_hold_each_offered_survey_with_its_answer()
    {
        var (_, requester) = await SurveyScenario.NewRequesterAsync(platform);
        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester);
        var id = request["id"]!.GetValue<string>();
        await SurveyScenario.OfferAsync(platform, request);
        (await SurveyScenario.AnswerAsync(requester, id, 5)).StatusCode.Should().Be(HttpStatusCode.OK);

        var grains = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IGrainFactory>(platform.WebServices);
        var facts = await Catalog.Surveys.SurveyGrainFactoryExtensions.GetSatisfaction(grains)
            .GetFactsAsync(new Catalog.Surveys.SatisfactionQuery("it", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)));

        var fact = facts.Single(f => f.RequestId == id);
        fact.Should().BeEquivalentTo(new { ServiceId = SurveyScenario.OpenService, ProviderDepartmentId = "it", ClientDepartmentId = "hr", Team = "it", ResolvedBy = "it.agent", Score = 5 });
        fact.AnsweredAt.Should().NotBeNull();
    }

    [Theory]
    [InlineData("api/satisfaction?from=yesterday", "from")]
    [InlineData("api/satisfaction?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    [InlineData("api/satisfaction?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("api/satisfaction?to=0001-01-01T00:00:00Z", "to")]
    [InlineData("api/satisfaction?provider=Not%20a%20department", "provider")]
    public async Task A_bad_period_or_provider_is_a_400_naming_it(string path, string field)
    {
        var response = await (await platform.AsAsync("hr.requester")).GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field);
    }

    [Fact]
    public async Task An_unknown_provider_is_a_404() =>
        (await (await platform.AsAsync("hr.requester")).GetAsync("api/satisfaction?provider=nosuchdept")).StatusCode.Should().Be(HttpStatusCode.NotFound);

    private static JsonNode Group(JsonNode groups, string key) =>
        groups.AsArray().Single(g => g!["key"]!.GetValue<string>() == key)!;

    private static List<string> Comments(JsonObject? report) =>
        [.. report!["comments"]!.AsArray().Select(c => c!["comment"]!.GetValue<string>())];
}
