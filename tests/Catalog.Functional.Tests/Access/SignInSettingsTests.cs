using System.Net;
using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Functional.Tests.Access;

/// <summary>A platform running as Production with OpenID Connect configured and no demo setting.</summary>
public sealed class ProductionOidcPlatform : CatalogPlatform
{
    protected override string WebEnvironment => Environments.Production;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:Auth:Oidc:Authority"] = "https://login.example.org/realms/org",
        ["Catalog:Auth:Oidc:ClientId"] = "catalog",
    };
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
    public async Task The_sign_in_page_sends_people_to_the_identity_provider_and_lists_no_one()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };

        var response = await http.GetAsync("signin?returnUrl=%2Fqueue.html");

        // The challenge needs the provider's metadata, which this test does not serve: it may fail, but it must
        // never show the demo people or sign anyone in.
        (await response.Content.ReadAsStringAsync()).Should().NotContain("signin-" + People.Administrator);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        (await http.GetAsync("api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
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
