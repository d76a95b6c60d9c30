using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// The protections around sign-in: anti-forgery on every change made with the cookie and on the sign-in form,
/// local return URLs only, sign-out, size limits, security headers, the operators' dashboard.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class ProtectionTests(AccessPlatform platform)
{
    [Fact]
    public async Task A_change_with_the_sign_in_cookie_but_no_anti_forgery_token_is_refused_and_files_nothing()
    {
        var http = await SignedInClients.SignInAsync(platform.BaseAddress, People.HrRequester);
        http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var secret = AccessWorld.NewSecret();

        var response = await http.PostAsJsonAsync("api/requests", new { serviceId = AccessWorld.OpenService, title = secret, answers = new { } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("anti-forgery");
        var queue = await (await platform.AsAsync(People.HrRequester)).GetStringAsync("api/queues/client/hr?limit=1000");
        queue.Should().NotContain(secret);
    }

    [Fact]
    public async Task The_demo_sign_in_form_without_its_token_is_refused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };

        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = People.Administrator }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Theory]
    [InlineData("https://evil.example/steal", "/")]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/queue.html?role=provider", "/queue.html?role=provider")]
    public async Task Signing_in_returns_only_to_a_page_of_this_site(string returnUrl, string location)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = platform.BaseAddress };
        var token = SignedInClients.FormToken(await http.GetStringAsync("signin"));

        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userId"] = People.HrRequester,
            ["returnUrl"] = returnUrl,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    [Fact]
    public async Task Someone_not_in_the_directory_cannot_use_the_demo_sign_in()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = platform.BaseAddress };
        var token = SignedInClients.FormToken(await http.GetStringAsync("signin"));

        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userId"] = "mallory",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.GetAsync("api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var http = await SignedInClients.SignInAsync(platform.BaseAddress, People.ItAgent);
        var token = http.DefaultRequestHeaders.GetValues("X-XSRF-TOKEN").Single();

        var response = await http.PostAsync("signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/signin");
        (await http.GetAsync("api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_page_asked_for_by_nobody_signed_in_leads_to_the_sign_in_page_and_back()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };

        var response = await http.GetAsync("queue.html?role=client");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/signin?returnUrl=%2Fqueue.html%3Frole%3Dclient");
        (await http.GetAsync("js/app.js")).StatusCode.Should().Be(HttpStatusCode.OK, "scripts and styles hold no data");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var http = await platform.AsAsync(People.HrRequester);
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await http.PostAsJsonAsync("api/requests", new { serviceId = AccessWorld.OpenService, title = "Big", answers = new { notes = huge } });

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("signin")]
    [InlineData("api/me")]
    [InlineData("index.html")]
    [InlineData("health/live")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        var http = await platform.AsAsync(People.HrRequester);

        var response = await http.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = platform.BaseAddress };
        var token = SignedInClients.FormToken(await http.GetStringAsync("signin"));

        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userId"] = People.HrRequester,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Catalog.Auth=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=lax");
    }

    [Theory]
    [InlineData(People.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(People.ItAgent, HttpStatusCode.Forbidden)]
    [InlineData(People.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(People.Administrator, HttpStatusCode.OK)]
    public async Task The_operators_dashboard_is_for_catalogue_administrators(string user, HttpStatusCode expected)
    {
        var http = user == People.Anonymous
            ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress }
            : await platform.AsAsync(user);

        var response = await http.GetAsync("dashboard/");

        if (expected == HttpStatusCode.Unauthorized)
        {
            // A browser is sent to sign in; either way, no dashboard.
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        }
        else
        {
            response.StatusCode.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("POST", "api/audit")]
    [InlineData("PUT", "api/audit")]
    [InlineData("DELETE", "api/audit")]
    [InlineData("PUT", "api/audit/some-entry")]
    [InlineData("DELETE", "api/audit/some-entry")]
    public async Task The_audit_trail_cannot_be_changed_through_the_api_even_by_an_auditor_or_administrator(string method, string path)
    {
        foreach (var user in new[] { People.Auditor, People.Administrator })
        {
            var http = await platform.AsAsync(user);

            var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { action = "Forged" }) });

            response.StatusCode.Should().BeOneOf(HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound);
        }

        var entries = await (await platform.AsAsync(People.Auditor)).GetStringAsync("api/audit?limit=1000");
        entries.Should().NotContain("Forged");
    }

    [Fact]
    public async Task A_requester_sees_only_the_actions_their_side_may_take()
    {
        var world = new AccessWorld(platform);
        var id = await world.RequestAsync(AccessWorld.NewSecret());

        var asClient = await (await platform.AsAsync(People.HrRequester)).GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        var asProvider = await (await platform.AsAsync(People.ItAgent)).GetFromJsonAsync<JsonObject>($"api/requests/{id}");
        var asAuditor = await (await platform.AsAsync(People.Auditor)).GetFromJsonAsync<JsonObject>($"api/requests/{id}");

        Actions(asClient!).Should().Equal("Cancel", "Comment");
        Actions(asProvider!).Should().Equal("Acknowledge", "Start", "Resolve", "Cancel", "Comment");
        Actions(asAuditor!).Should().BeEmpty();
    }

    private static IEnumerable<string> Actions(JsonObject view) => view["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>());
}
