using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Web.Protection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Catalog.Functional.Tests.Access;

/// <summary>A platform behind a reverse proxy at 127.0.0.1 (Catalog:Proxies:KnownProxies), as in a real deployment.</summary>
public sealed class ProxyPlatform : CatalogPlatform
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:Proxies:KnownProxies:0"] = "127.0.0.1",
    };
}

[CollectionDefinition(Name)]
public sealed class ProxyCollection : ICollectionFixture<ProxyPlatform>
{
    public const string Name = "proxy";
}

/// <summary>
/// Behind a known proxy, who called and over which scheme come from its forwarded headers: the audit trail records the
/// caller's address, and a sign-in made over HTTPS at the proxy gets a cookie browsers only send back over HTTPS.
/// </summary>
[Collection(ProxyCollection.Name)]
public sealed class ProxyTests(ProxyPlatform platform)
{
    private const string CallerAddress = "203.0.113.7";

    [Fact]
    public async Task Behind_a_known_proxy_the_audit_trail_records_the_caller_s_address_not_the_proxy_s()
    {
        var admin = await platform.AsAsync(People.Administrator);
        var id = $"proxy.{Guid.NewGuid():N}"[..20];
        var put = new HttpRequestMessage(HttpMethod.Put, $"api/directory/people/{id}")
        {
            Content = JsonContent.Create(new { displayName = "Behind Proxy", departmentId = "hr", role = "Requester" }),
        };
        put.Headers.Add("X-Forwarded-For", CallerAddress);
        (await admin.SendAsync(put)).EnsureSuccessStatusCode();

        var origins = await AuditOriginsAsync(platform, id);
        origins.Should().ContainSingle().Which.Should().Contain(CallerAddress).And.NotContain("127.0.0.1");
    }

    [Fact]
    public async Task Behind_a_known_proxy_a_sign_in_made_over_https_gets_a_secure_cookie()
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var page = await http.GetStringAsync("signin");

        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignedInClients.FormToken(page),
            ["userId"] = People.HrRequester,
            ["returnUrl"] = "/",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("Catalog.Auth=", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("KnownProxies", "10.0.0.300")]
    [InlineData("KnownNetworks", "10.0.0.0/40")]
    public void A_malformed_proxy_setting_stops_start_up_naming_it(string setting, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"Catalog:Proxies:{setting}:0"] = value });

        var start = () => builder.AddCatalogProxies();

        start.Should().Throw<InvalidOperationException>().WithMessage($"*Catalog:Proxies:{setting}:0*{value}*");
    }

    /// <summary>Where the audit trail says the changes to person <paramref name="id"/> came from.</summary>
    public static async Task<IReadOnlyList<string>> AuditOriginsAsync(CatalogPlatform platform, string id)
    {
        var auditor = await platform.AsAsync(People.Auditor);
        var entries = await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityType=user&entityId={Uri.EscapeDataString(id)}");
        return [.. entries!.Select(e => e!["caller"]!["origin"]!.GetValue<string>())];
    }
}

/// <summary>Without a proxy configured, nobody picks their own address by sending X-Forwarded-For.</summary>
[Collection(AccessCollection.Name)]
public sealed class ForwardedHeaderSpoofingTests(AccessPlatform platform)
{
    [Fact]
    public async Task Without_a_known_proxy_a_forwarded_address_is_ignored()
    {
        var admin = await platform.AsAsync(People.Administrator);
        var id = $"spoof.{Guid.NewGuid():N}"[..20];
        var put = new HttpRequestMessage(HttpMethod.Put, $"api/directory/people/{id}")
        {
            Content = JsonContent.Create(new { displayName = "Spoofer", departmentId = "hr", role = "Requester" }),
        };
        put.Headers.Add("X-Forwarded-For", "203.0.113.7");
        (await admin.SendAsync(put)).EnsureSuccessStatusCode();

        var origins = await ProxyTests.AuditOriginsAsync(platform, id);
        origins.Should().ContainSingle().Which.Should().Contain("127.0.0.1").And.NotContain("203.0.113.7");
    }
}
