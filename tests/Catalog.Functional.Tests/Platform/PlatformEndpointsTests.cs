using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class PlatformEndpointsTests(CatalogPlatform platform)
{
    [Fact]
    public async Task Ready_reports_the_silo_and_table_storage_healthy()
    {
        var response = await platform.Http.GetAsync("health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonObject>();
        report!["checks"]!["silo"]!["status"]!.GetValue<string>().Should().Be("Healthy");
        report["checks"]!["table-storage"]!["status"]!.GetValue<string>().Should().Be("Healthy");
    }

    [Fact]
    public async Task Live_answers_while_the_process_runs()
    {
        (await platform.Http.GetAsync("health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_catalogue_endpoints_and_the_reference_ui_is_served()
    {
        var document = await platform.Http.GetFromJsonAsync<JsonObject>("openapi/v1.json");
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain(["/api/catalogue", "/api/catalogue/{id}", "/api/departments"]);
        paths.Should().NotContain(p => p.StartsWith("/dashboard", StringComparison.Ordinal), "operator routes are not API");
        document["info"]!["title"]!.GetValue<string>().Should().Be("Catalog API");

        var ui = await platform.Http.GetAsync("api-docs");
        ui.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_reference_page_works_offline_and_sends_nothing_outside()
    {
        var page = await platform.Http.GetStringAsync("api-docs/");

        page.Should().Contain("\"telemetry\":false").And.Contain("\"withDefaultFonts\":false").And.Contain("\"agent\":{\"disabled\":true}");
        page.Should().Contain("\"preferredSecurityScheme\":[\"antiforgery\"]", "the anti-forgery field is offered for changes");
        page.Should().NotMatchRegex("(src|href)=\"https?://", "intranets are offline: every script and style is ours");
    }

    [Fact]
    public async Task OpenApi_document_asks_for_the_anti_forgery_token_on_changes_only()
    {
        var document = await platform.Http.GetFromJsonAsync<JsonObject>("openapi/v1.json");

        var scheme = document!["components"]!["securitySchemes"]!["antiforgery"]!;
        scheme["type"]!.GetValue<string>().Should().Be("apiKey");
        scheme["in"]!.GetValue<string>().Should().Be("header");
        scheme["name"]!.GetValue<string>().Should().Be("X-XSRF-TOKEN");
        var catalogue = document["paths"]!["/api/catalogue"]!;
        catalogue["post"]!["security"]!.ToJsonString().Should().Contain("antiforgery");
        catalogue["get"]!["security"].Should().BeNull("reads need no token");
    }

    [Fact]
    public async Task Orleans_dashboard_is_served_to_operators()
    {
        var response = await (await platform.AsAsync("catalogue.admin")).GetAsync("dashboard/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Orleans_dashboard_refuses_everyone_else()
    {
        var response = await (await platform.AsAsync("it.manager")).GetAsync("dashboard/");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "only catalogue administrators operate the cluster");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem()
    {
        var response = await (await platform.AsAsync("hr.requester")).GetAsync("api/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_api_answers_401_to_anyone_not_signed_in()
    {
        var response = await platform.Http.GetAsync("api/catalogue");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
