using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// A platform running as Production with OpenID Connect at a provider of its own (<see cref="FakeIdentityProvider"/>)
/// and no demo setting.
/// </summary>
public sealed class ProductionOidcPlatform : CatalogPlatform
{
    /// <summary>The identity provider Catalog signs people in with.</summary>
    public FakeIdentityProvider Provider { get; } = new();

    protected override string WebEnvironment => Environments.Production;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:Auth:Oidc:Authority"] = Provider.Issuer,
        ["Catalog:Auth:Oidc:ClientId"] = "catalog",
        ["Catalog:Auth:Oidc:RequireHttpsMetadata"] = "false",
        ["Catalog:Auth:Oidc:Audience"] = "catalog-api",
    };

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>A demo server: Production, with the demo sign-in turned on explicitly.</summary>
public sealed class ProductionDemoPlatform : CatalogPlatform
{
    protected override string WebEnvironment => Environments.Production;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:Auth:DemoSignIn"] = "true",
    };
}

/// <summary>Production with no way to sign in configured.</summary>
public sealed class ProductionWithoutSignInPlatform : CatalogPlatform
{
    protected override string WebEnvironment => Environments.Production;
}

/// <summary>The demo sign-in is reachable only in Development or by an explicit setting.</summary>
public sealed class ProductionSignInTests(ProductionOidcPlatform platform) : IClassFixture<ProductionOidcPlatform>
{
    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task The_demo_sign_in_does_not_exist_in_production_without_the_setting(string method)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };

        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "signin/demo")
        {
            Content = method == "POST" ? new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = People.Administrator }) : null,
        });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task The_sign_in_page_sends_people_to_the_identity_provider_with_pkce_and_lists_no_one()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };

        var response = await http.GetAsync("signin?returnUrl=%2Fqueue.html");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.Should().StartWith(platform.Provider.Issuer + "/authorize?")
            .And.Contain("client_id=catalog").And.Contain("response_type=code").And.Contain("code_challenge_method=S256");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("signin-" + People.Administrator);
    }

    [Fact]
    public async Task Someone_the_directory_does_not_know_is_placed_by_the_providers_claims()
    {
        platform.Provider.Claims.Clear();
        platform.Provider.Claims["sub"] = "a1b2c3";
        platform.Provider.Claims["preferred_username"] = "Nadia.Klein@example.org";
        platform.Provider.Claims["name"] = "Nadia Klein";
        platform.Provider.Claims["department"] = "legal";
        platform.Provider.Claims["roles"] = new[] { "agent" };

        var http = await SignInThroughProviderAsync("/queue.html");

        var me = await http.GetFromJsonAsync<JsonObject>("api/me");
        me!["userId"]!.GetValue<string>().Should().Be("nadia.klein@example.org");
        me["name"]!.GetValue<string>().Should().Be("Nadia Klein");
        me["departmentId"]!.GetValue<string>().Should().Be("legal");
        me["role"]!.GetValue<string>().Should().Be("Agent");
        (await http.GetAsync("api/queues/provider/legal")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync("api/queues/provider/it")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_directory_wins_over_the_providers_claims_for_someone_it_knows()
    {
        platform.Provider.Claims.Clear();
        platform.Provider.Claims["sub"] = "d4e5f6";
        platform.Provider.Claims["preferred_username"] = "hr.manager";
        platform.Provider.Claims["name"] = "Isabelle Fortin";
        platform.Provider.Claims["department"] = "finance";
        platform.Provider.Claims["roles"] = new[] { "requester", "auditor" };

        var http = await SignInThroughProviderAsync("/");

        var me = await http.GetFromJsonAsync<JsonObject>("api/me");
        me!["departmentId"]!.GetValue<string>().Should().Be("hr");
        me["role"]!.GetValue<string>().Should().Be("Manager");
        me["auditor"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task An_api_client_with_the_providers_access_token_is_the_person_it_names_and_needs_no_anti_forgery_token()
    {
        var token = platform.Provider.AccessToken("catalog-api", new Dictionary<string, object> { ["sub"] = "svc", ["preferred_username"] = "hr.requester" });
        using var http = new HttpClient { BaseAddress = platform.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var me = await http.GetFromJsonAsync<JsonObject>("api/me");
        var filed = await http.PostAsJsonAsync("api/requests", new { serviceId = AccessWorld.OpenService, title = "Filed by a script", answers = new { } });

        me!["userId"]!.GetValue<string>().Should().Be("hr.requester");
        filed.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("catalog-api", true)]
    [InlineData("another-api", false)]
    public async Task A_token_signed_by_someone_else_or_for_another_audience_is_refused(string audience, bool stranger)
    {
        var token = platform.Provider.AccessToken(audience, new Dictionary<string, object> { ["sub"] = "x", ["preferred_username"] = "catalogue.admin" }, stranger);
        using var http = new HttpClient { BaseAddress = platform.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await http.GetAsync("api/me");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    /// <summary>Signs in the way a browser does: Catalog → the provider → back to Catalog's callback → the page.</summary>
    private async Task<HttpClient> SignInThroughProviderAsync(string page)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = platform.BaseAddress };
        var response = await http.GetAsync(page);
        for (var hop = 0; hop < 10 && response.StatusCode == HttpStatusCode.Redirect; hop++)
        {
            response = await http.GetAsync(new Uri(http.BaseAddress!, response.Headers.Location!));
            var html = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && html.StartsWith("<form method=\"post\"", StringComparison.Ordinal))
            {
                // The provider's form post back to Catalog's callback.
                var action = System.Net.WebUtility.HtmlDecode(Regex.Match(html, "action=\"([^\"]+)\"").Groups[1].Value);
                var fields = Regex.Matches(html, "name=\"([^\"]+)\" value=\"([^\"]*)\"")
                    .ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
                response = await http.PostAsync(action, new FormUrlEncodedContent(fields));
            }
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in ends on the page asked for");
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be(page);
        return http;
    }
}

/// <summary>An explicit setting turns the demo sign-in on for a demo server running as Production.</summary>
public sealed class ProductionDemoSignInTests(ProductionDemoPlatform platform) : IClassFixture<ProductionDemoPlatform>
{
    [Fact]
    public async Task With_the_explicit_setting_the_demo_sign_in_works_in_production()
    {
        var http = await platform.AsAsync(People.HrRequester);

        (await http.GetAsync("api/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>A production server with no way in refuses to start, saying what to configure.</summary>
public sealed class ProductionWithoutSignInTests
{
    [Fact]
    public async Task Production_without_any_sign_in_refuses_to_start_and_says_what_to_set()
    {
        var platform = new ProductionWithoutSignInPlatform();
        try
        {
            var start = () => platform.InitializeAsync();

            (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Catalog:Auth:Oidc:Authority");
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }
}
