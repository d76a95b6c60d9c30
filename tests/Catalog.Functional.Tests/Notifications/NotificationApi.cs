using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Notifications;

/// <summary>What the notification tests do over HTTP, as the person <c>http</c> is signed in as.</summary>
internal static class NotificationApi
{
    /// <summary>Sets the person's modes, e.g. ("Breach", "Immediate").</summary>
    public static async Task PreferAsync(HttpClient http, params (string Kind, string Mode)[] choices)
    {
        var response = await http.PutAsJsonAsync("api/me/notifications/preferences",
            new { preferences = choices.Select(c => new { kind = c.Kind, mode = c.Mode }).ToArray() });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The person's inbox items about <paramref name="requestId"/>.</summary>
    public static async Task<IReadOnlyList<JsonObject>> InboxAboutAsync(HttpClient http, string requestId)
    {
        var page = await http.GetFromJsonAsync<JsonObject>("api/me/notifications?limit=200");
        return [.. page!["items"]!.AsArray().Select(i => i!.AsObject()).Where(i => i["requestId"]!.GetValue<string>() == requestId)];
    }

    /// <summary>Waits until the person's inbox lists <paramref name="count"/> items about the request; returns them.</summary>
    public static async Task<IReadOnlyList<JsonObject>> InboxEventuallyAsync(HttpClient http, string requestId, int count, string? kind = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var items = (await InboxAboutAsync(http, requestId)).Where(i => kind is null || i["kind"]!.GetValue<string>() == kind).ToArray();
            if (items.Length >= count || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(100);
        }
    }
}
