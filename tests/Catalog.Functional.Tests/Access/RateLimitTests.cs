using System.Net;
using System.Net.Http.Json;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Access;

/// <summary>A platform where each person may file three requests a minute.</summary>
public sealed class TightFilingPlatform : CatalogPlatform
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:RateLimits:FilingPerMinute"] = "3",
    };
}

/// <summary>A platform where one address may try to sign in four times a minute.</summary>
public sealed class TightSignInPlatform : CatalogPlatform
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Catalog:RateLimits:SignInPerMinute"] = "4",
    };
}

/// <summary>Filing is limited per person; the refusal says when to come back.</summary>
public sealed class FilingRateLimitTests(TightFilingPlatform platform) : IClassFixture<TightFilingPlatform>
{
    [Fact]
    public async Task Filing_faster_than_the_limit_is_refused_with_429_and_retry_after_for_that_person_only()
    {
        var hr = await SignedInClients.SignInAsync(platform.BaseAddress, People.HrRequester);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await hr.PostAsJsonAsync("api/requests", new { serviceId = AccessWorld.OpenService, title = $"Request {i}", answers = new { } });
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.Should().NotBeNull();
        last.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var finance = await SignedInClients.SignInAsync(platform.BaseAddress, "finance.requester");
        (await finance.PostAsJsonAsync("api/requests", new { serviceId = AccessWorld.OpenService, title = "Someone else", answers = new { } }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "the limit is per person");
    }

}

/// <summary>Sign-in attempts are limited per address.</summary>
public sealed class SignInRateLimitTests(TightSignInPlatform platform) : IClassFixture<TightSignInPlatform>
{
    [Fact]
    public async Task Signing_in_faster_than_the_limit_is_refused_with_429()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = platform.BaseAddress };
        var token = SignedInClients.FormToken(await http.GetStringAsync("signin"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["userId"] = "nobody-" + i,
            }));
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Count(s => s != HttpStatusCode.TooManyRequests).Should().BeLessThanOrEqualTo(4);
    }
}
