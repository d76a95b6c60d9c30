using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Access;

/// <summary>People and roles over HTTP, beyond who may call: role changes apply at once, nobody locks themselves out, names resolve.</summary>
[Collection(AccessCollection.Name)]
public sealed class DirectoryApiTests(AccessPlatform platform)
{
    private readonly AccessWorld world = new(platform);

    [Fact]
    public async Task A_role_given_by_a_manager_applies_at_the_persons_next_call()
    {
        var id = await world.PersonAsync();
        var person = await Infrastructure.SignedInClients.SignInAsync(platform.BaseAddress, id);
        var secret = AccessWorld.NewSecret();
        var request = await world.RequestAsync(secret);
        (await person.PostAsJsonAsync($"api/requests/{request}/comments", new { comment = "As hr" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var manager = await platform.AsAsync(People.HrManager);
        var moved = await manager.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Test Person", departmentId = "legal", role = "Agent" });
        moved.StatusCode.Should().Be(HttpStatusCode.Forbidden, "a manager cannot move someone to another department");

        var admin = await platform.AsAsync(People.Administrator);
        (await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Test Person", departmentId = "legal", role = "Agent" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        // The web process that made the change forgets its cached view of the person: the next call is as legal.
        (await person.GetAsync($"api/requests/{request}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var me = await person.GetFromJsonAsync<JsonObject>("api/me");
        me!["departmentId"]!.GetValue<string>().Should().Be("legal");
    }

    [Theory]
    [InlineData("PUT", "Agent")]
    [InlineData("DELETE", null)]
    public async Task A_manager_cannot_demote_or_remove_themselves(string method, string? role)
    {
        var id = await world.PersonAsync();
        var admin = await platform.AsAsync(People.Administrator);
        (await admin.PutAsJsonAsync($"api/directory/people/{id}", AccessWorld.PersonBody("Manager"))).EnsureSuccessStatusCode();
        var manager = await Infrastructure.SignedInClients.SignInAsync(platform.BaseAddress, id);

        var response = await manager.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"api/directory/people/{id}")
        {
            Content = role is null ? null : JsonContent.Create(AccessWorld.PersonBody(role)),
        });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("yourself");
        var still = await admin.GetFromJsonAsync<JsonObject>($"api/directory/people/{id}");
        still!["role"]!.GetValue<string>().Should().Be("Manager");
    }

    [Fact]
    public async Task Names_resolve_for_anyone_signed_in_and_unknown_ids_are_left_out()
    {
        var requester = await platform.AsAsync(People.LegalAgent);

        var names = await requester.GetFromJsonAsync<JsonObject>("api/directory/people/names?id=hr.requester&id=IT.AGENT&id=nobody");

        names!.Select(p => (p.Key, p.Value!.GetValue<string>())).Should().BeEquivalentTo(new[] { ("hr.requester", "Marie Tremblay"), ("it.agent", "Karim Dupuis") });
    }

    [Fact]
    public async Task Asking_for_too_many_names_at_once_is_a_400_naming_the_parameter()
    {
        var http = await platform.AsAsync(People.HrRequester);
        var query = string.Join("&", Enumerable.Range(0, 201).Select(i => $"id=p{i}"));

        var response = await http.GetAsync($"api/directory/people/names?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["id"].Should().NotBeNull();
    }
}
