using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.WhatIf;

/// <summary>What the what-if tests send and read over HTTP.</summary>
internal static class WhatIfApi
{
    /// <summary>An agreement draft of it with hr for one service: the resolution clock in business days.</summary>
    public static object Draft(string serviceId, int resolutionDays) => new
    {
        clientDepartmentId = "hr",
        scope = "Service",
        scopeValue = serviceId,
        clocks = new[] { new { kind = "Resolution", target = new { value = resolutionDays, unit = "BusinessDays" } } },
    };

    /// <summary>Posts and expects <paramref name="expected"/>; the body as JSON.</summary>
    public static async Task<JsonNode> PostAsync(HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The ids of the requests a preview lists as changing.</summary>
    public static string[] Changed(JsonNode preview) =>
        [.. preview["changes"]!.AsArray().Select(c => c!["requestId"]!.GetValue<string>())];

    /// <summary>One clock of a request a preview lists.</summary>
    public static JsonNode Clock(JsonNode preview, string requestId, string kind) =>
        preview["changes"]!.AsArray().Single(c => c!["requestId"]!.GetValue<string>() == requestId)!["clocks"]!.AsArray()
            .Last(c => c!["kind"]!.GetValue<string>() == kind)!;

    /// <summary>An instant field of a JSON object.</summary>
    public static DateTimeOffset? Instant(JsonNode node, string field) =>
        node[field] is null ? null : DateTimeOffset.Parse(node[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
