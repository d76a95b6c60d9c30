using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Surveys;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Who may read and answer satisfaction surveys. A request's survey (from hr to it, resolved and offered to
/// hr.requester) is read by whoever may see the request, and legal is told it does not exist; only its requester
/// answers it (everyone else who sees it gets 403). Everyone signed in reads their own waiting surveys and the
/// published figures (the comments in them are filtered per reader, see SatisfactionApiTests).
/// </summary>
public static class SurveysAccessCases
{
    public static readonly AccessCase[] Cases =
    [
        new("read a request's survey", "GET", "api/requests/{id}/survey", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await OfferedAsync(w, secret);
                return new AccessCall($"api/requests/{id}/survey", Secret: secret);
            },
            RequestReaders, Hidden: [LegalAgent]),
        new("answer a request's survey", "POST", "api/requests/{id}/survey", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await OfferedAsync(w, secret);
                return new AccessCall($"api/requests/{id}/survey", new { score = 4, comment = "Bien" }, secret, id);
            },
            [HrRequester], Hidden: [LegalAgent]),
        new("my waiting surveys", "GET", "api/me/surveys", _ => Task.FromResult(new AccessCall("api/me/surveys")), SignedIn),
        new("satisfaction figures (published)", "GET", "api/satisfaction", _ => Task.FromResult(new AccessCall("api/satisfaction?provider=it")), SignedIn),
    ];

    /// <summary>A request from hr to it titled <paramref name="secret"/>, resolved, with its survey offered to hr.requester.</summary>
    private static async Task<string> OfferedAsync(AccessWorld world, string secret)
    {
        var id = await world.RequestAsync(secret, "Resolved");
        var agent = await world.AsAsync(ItAgent);
        var view = await agent.GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        var survey = await SurveyScenario.OfferAsync(world.Platform, view!);
        if (survey.Status != Domain.Surveys.SurveyStatus.Offered)
        {
            throw new InvalidOperationException($"Preparing the matrix: the survey of {id} is {survey.Status}, not offered (is Surveys:MinimumInterval zero here?).");
        }

        return id;
    }
}
