using System.Net;
using Catalog.Testing;

namespace Catalog.Functional.Tests.Infrastructure;

/// <summary>
/// HTTP clients signed in as the demo directory's people through the real demo sign-in (<see cref="DemoSignIn"/>),
/// one per person per platform.
/// </summary>
public sealed class SignedInClients(Uri baseAddress) : IDisposable
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
        (await DemoSignIn.SignInAsync(baseAddress, userId)).Http;

    /// <summary>Signs in a fresh client and returns its cookies too, for a SignalR connection of the same person.</summary>
    public static Task<(HttpClient Http, CookieContainer Cookies)> SignInWithCookiesAsync(Uri baseAddress, string userId) =>
        DemoSignIn.SignInAsync(baseAddress, userId);

    /// <summary>The anti-forgery token of the first form on a server-rendered page.</summary>
    public static string FormToken(string html) => DemoSignIn.FormToken(html);

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(c => c.IsCompletedSuccessfully))
        {
            client.Result.Dispose();
        }
    }
}
