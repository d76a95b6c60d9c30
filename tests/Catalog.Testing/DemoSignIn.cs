using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Catalog.Testing;

/// <summary>
/// Signs an HTTP client in as one of the demo directory's people, the way a browser does: GET /signin, post the
/// demo form with its anti-forgery token, keep the cookie, then read GET /api/me for the token every change must
/// carry (set as a default header). The cookies come back too, for a SignalR connection of the same person.
/// </summary>
public static partial class DemoSignIn
{
    /// <summary>The header changes carry the anti-forgery token in.</summary>
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>A fresh client signed in as <paramref name="userId"/>, with its cookies.</summary>
    public static async Task<(HttpClient Http, CookieContainer Cookies)> SignInAsync(Uri baseAddress, string userId, TimeSpan? timeout = null)
    {
        var cookies = new CookieContainer();
        // A call that asks "Expect: 100-continue" waits for the server's word before sending its body. The default wait
        // (1 s) runs out on a loaded machine, the client then sends a big body the server is already refusing, and the
        // refusal is lost in a reset connection.
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies,
            AllowAutoRedirect = false,
            Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        var page = await http.GetStringAsync("signin");
        var response = await http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken(page),
            ["userId"] = userId,
            ["returnUrl"] = "/",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var me = await http.GetFromJsonAsync<JsonObject>("api/me");
        http.DefaultRequestHeaders.Add(AntiforgeryHeader, me!["antiforgeryToken"]!.GetValue<string>());
        return (http, cookies);
    }

    /// <summary>The anti-forgery token of the first form on a server-rendered page.</summary>
    public static string FormToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no anti-forgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
