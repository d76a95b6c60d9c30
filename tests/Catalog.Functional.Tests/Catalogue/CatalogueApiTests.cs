using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Catalogue;

[Collection(PlatformCollection.Name)]
public sealed class CatalogueApiTests(CatalogPlatform platform)
{
    /// <summary>Edits IT's catalogue: a manager of IT.</summary>
    private Task<HttpClient> Manager => platform.AsAsync("it.manager");

    [Fact]
    public async Task Demo_organisation_has_at_least_six_departments_and_thirty_services()
    {
        // The auditor sees every department's entries, whoever they are offered to.
        var auditor = await platform.AsAsync("org.auditor");
        var departments = await auditor.GetFromJsonAsync<JsonArray>("api/departments");
        var catalogue = await auditor.GetFromJsonAsync<JsonObject>("api/catalogue");

        departments!.Count.Should().BeGreaterThanOrEqualTo(6);
        catalogue!["total"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(30);
        catalogue["items"]!.AsArray().Should().OnlyContain(s => s!["name"]!["fr"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task Search_is_accent_and_case_insensitive_and_filters_by_department()
    {
        var http = await platform.AsAsync("hr.requester");
        var first = (await http.GetFromJsonAsync<JsonObject>("api/catalogue"))!["items"]!.AsArray()[0]!;
        var department = first["departmentId"]!.GetValue<string>();

        var byDepartment = await http.GetFromJsonAsync<JsonObject>($"api/catalogue?department={department}");
        byDepartment!["items"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(s => s!["departmentId"]!.GetValue<string>() == department);

        var word = first["name"]!["fr"]!.GetValue<string>().Split(' ')[0];
        var stripped = RemoveAccents(word).ToUpperInvariant();
        var byText = await http.GetFromJsonAsync<JsonObject>($"api/catalogue?q={Uri.EscapeDataString(stripped)}");
        byText!["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())
            .Should().Contain(first["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_updating_and_retiring_an_entry_keeps_every_version()
    {
        var http = await Manager;
        var draft = ValidDraft("it.api-test-" + Guid.NewGuid().ToString("N")[..8]);
        var created = await http.PostAsJsonAsync("api/catalogue", draft);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = draft["id"]!.GetValue<string>();
        created.Headers.Location!.ToString().Should().EndWith($"/api/catalogue/{id}");

        draft["cost"]!["amount"] = 60;
        draft["expectedVersion"] = 1;
        draft["changeNote"] = "New hourly rate";
        var updated = await http.PutAsJsonAsync($"api/catalogue/{id}", draft);
        updated.StatusCode.Should().Be(HttpStatusCode.OK);

        var details = await http.GetFromJsonAsync<JsonObject>($"api/catalogue/{id}");
        details!["current"]!["version"]!.GetValue<int>().Should().Be(2);
        details["current"]!["cost"]!["amount"]!.GetValue<decimal>().Should().Be(60);
        details["versions"]!.AsArray().Should().HaveCount(2);
        details["versions"]![0]!["cost"]!["amount"]!.GetValue<decimal>().Should().Be(45);

        var stale = await http.PutAsJsonAsync($"api/catalogue/{id}", draft);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<int>().Should().Be(409);

        var retired = await http.PostAsync($"api/catalogue/{id}/retire", null);
        retired.StatusCode.Should().Be(HttpStatusCode.OK);
        var visible = await http.GetFromJsonAsync<JsonObject>($"api/catalogue?q={id}");
        visible!["items"]!.AsArray().Should().BeEmpty("retired entries are hidden by default");
        var withRetired = await http.GetFromJsonAsync<JsonObject>($"api/catalogue?q={id}&includeRetired=true");
        withRetired!["items"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Only_managers_of_the_entry_s_department_or_catalogue_administrators_may_create_it()
    {
        var refused = ValidDraft("it.not-hr-s-" + Guid.NewGuid().ToString("N")[..8]);
        var accepted = ValidDraft("it.admin-s-" + Guid.NewGuid().ToString("N")[..8]);

        var byOtherManager = await (await platform.AsAsync("hr.manager")).PostAsJsonAsync("api/catalogue", refused);
        var byAgent = await (await platform.AsAsync("it.agent")).PostAsJsonAsync("api/catalogue", refused);
        var byAdministrator = await (await platform.AsAsync("catalogue.admin")).PostAsJsonAsync("api/catalogue", accepted);

        byOtherManager.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byAgent.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byAdministrator.StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await Manager).GetAsync($"api/catalogue/{refused["id"]!.GetValue<string>()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("name.fr", "name", "fr", "\"\"")]
    [InlineData("cost.amount", "cost", "amount", "-5")]
    [InlineData("turnaround.value", "turnaround", "value", "-1")]
    public async Task Invalid_input_is_a_400_naming_the_field_and_nothing_is_stored(
        string field, string parent, string property, string json)
    {
        var http = await Manager;
        var id = "it.invalid-" + Guid.NewGuid().ToString("N")[..8];
        var draft = ValidDraft(id);
        draft[parent]![property] = JsonNode.Parse(json);

        var response = await http.PostAsJsonAsync("api/catalogue", draft);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await http.GetAsync($"api/catalogue/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_department_is_a_400_naming_the_field()
    {
        // A catalogue administrator may edit any department's entries, so what is refused is the department itself.
        var http = await platform.AsAsync("catalogue.admin");
        var draft = ValidDraft("it.unknown-dept-" + Guid.NewGuid().ToString("N")[..8]);
        draft["departmentId"] = "no-such-department";

        var response = await http.PostAsJsonAsync("api/catalogue", draft);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(k => k.Equals("departmentId", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var http = await Manager;
        using var content = new StringContent("{ \"name\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await http.PostAsync("api/catalogue", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Unknown_entry_is_a_404_problem()
    {
        var http = await platform.AsAsync("hr.requester");
        var response = await http.GetAsync("api/catalogue/it.does-not-exist");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    internal static JsonObject ValidDraft(string id) => JsonNode.Parse($$"""
        {
          "id": "{{id}}",
          "departmentId": "it",
          "category": "hardware",
          "name": { "fr": "Réparation d'imprimante", "en": "Printer repair" },
          "description": { "fr": "Un technicien répare l'imprimante du service.", "en": "A technician repairs the team's printer." },
          "turnaround": { "value": 2, "unit": "BusinessDays" },
          "cost": { "amount": 45, "currency": "CAD", "unit": "PerHour", "unitLabel": null },
          "steps": [ { "fr": "Déposer la demande", "en": "File the request" } ],
          "equipment": [ { "fr": "Trousse d'outils", "en": "Tool kit" } ],
          "clientSupplies": [ { "fr": "Numéro de l'appareil", "en": "Device number" } ],
          "eligibleDepartments": [],
          "standards": [ { "clock": "Acknowledgement", "target": { "value": 1, "unit": "BusinessDays" }, "description": { "fr": "Accusé de réception", "en": "Acknowledgement" } } ]
        }
        """)!.AsObject();

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }
}
