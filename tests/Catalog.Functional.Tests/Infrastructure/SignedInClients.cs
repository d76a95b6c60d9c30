using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Catalog.Functional.Tests.Infrastructure;

/// <summary>
/// HTTP clients signed in as the demo directory's people, the way a browser signs in: GET /signin, post the demo
/// form with its anti-forgery token, keep the cookie, then read GET /api/me for the token every change must carry.
/// One client per person per platform.
/// </summary>
public sealed partial class SignedInClients(Uri baseAddress) : IDisposable
{
    private readonly Dictionary<string, Task<HttpClient>> clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>A client signed in as <paramref name="userId"/> (e.g. "hr.requester", "it.agent", "org.auditor").</summary>
    public Task<HttpClient> AsAsync(string userId)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(userId, out var client) || client.IsFaulted)
            {
                client = SignInAsync(baseAddress, userId);
                clients[userId] = client;
            }

            return client;
        }
    }

    /// <summary>Signs in a fresh client (not cached): for tests that sign out or need a second session.</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string userId) =>
        (await SignInWithCookiesAsync(baseAddress, userId)).Http;

    /// <summary>
    /// Signs in a fresh client and returns its cookies too, for a SignalR connection of the same person
    /// (<c>options.Cookies = cookies</c>).
    /// </summary>
    public static async Task<(HttpClient Http, CookieContainer Cookies)> SignInWithCookiesAsync(Uri baseAddress, string userId)
    {
        var cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var page = await http.GetStringAsync("signin");
        var token = FormToken(page);
        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userId"] = userId,
            ["returnUrl"] = "/",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var me = await http.GetFromJsonAsync<JsonObject>("api/me");
        http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", me!["antiforgeryToken"]!.GetValue<string>());
        return (http, cookies);
    }

    /// <summary>The anti-forgery token of the first form on a server-rendered page.</summary>
    public static string FormToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no anti-forgery token.");

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(c => c.IsCompletedSuccessfully))
        {
            client.Result.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
