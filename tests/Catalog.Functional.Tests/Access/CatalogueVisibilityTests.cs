using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Access;

/// <summary>Catalogue entries are visible to the departments allowed to request them, and the counts say no more than the lists.</summary>
[Collection(AccessCollection.Name)]
public sealed class CatalogueVisibilityTests(AccessPlatform platform)
{
    private readonly AccessWorld world = new(platform);

    [Theory]
    [InlineData(People.HrRequester)]
    [InlineData(People.LegalAgent)]
    [InlineData(People.ItAgent)]
    [InlineData(People.Auditor)]
    public async Task Each_departments_count_matches_the_entries_the_person_may_see(string user)
    {
        await world.ServiceAsync("finance");
        var http = await platform.AsAsync(user);

        var departments = await http.GetFromJsonAsync<JsonArray>("api/departments");
        var catalogue = await http.GetFromJsonAsync<JsonObject>("api/catalogue");

        var listed = catalogue!["items"]!.AsArray().GroupBy(i => i!["departmentId"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        foreach (var department in departments!)
        {
            var id = department!["id"]!.GetValue<string>();
            department["serviceCount"]!.GetValue<int>().Should().Be(listed.GetValueOrDefault(id), $"{user} sees that many of {id}'s entries");
        }
    }

    [Fact]
    public async Task An_entry_offered_to_finance_only_is_hidden_from_hr_and_cannot_be_requested_by_it()
    {
        var id = await world.ServiceAsync("finance");
        var hr = await platform.AsAsync(People.HrRequester);

        var search = await hr.GetFromJsonAsync<JsonObject>("api/catalogue?q=" + id);
        var filing = await hr.PostAsJsonAsync("api/requests", new { serviceId = id, title = "Let me in", answers = new { } });

        search!["items"]!.AsArray().Should().BeEmpty();
        filing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await platform.AsAsync("finance.requester")).GetAsync($"api/catalogue/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
