using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// Requests between the demo departments, filed and worked on over HTTP as people would (signed in: the client
/// department's requester files, the provider's agent acts), so the pages show a realistic organisation: some new,
/// some acknowledged or in progress, some waiting on their client, one resolved.
/// </summary>
internal static class DemoRequests
{
    /// <summary>A request the demo filed.</summary>
    public sealed record Filed(string Id, string Client, string Service, string Title);

    private sealed record Step(string Verb, string? Reason = null, string? Comment = null);

    private static readonly (string Client, string Service, string Title, Dictionary<string, string> Answers, Step[] Steps)[] All =
    [
        ("hr", "it.laptop-setup", "Laptop for the new payroll clerk",
            new() { ["Cost centre number"] = "CC-4410", ["Manager's approval"] = "Approved by Julie Caron on November 20" },
            [new("acknowledge"), new("start")]),
        ("finance", "it.system-access", "Access to the month-end reporting folder",
            new() { ["Manager's approval"] = "Attached to the e-mail of November 19", ["Data owner's approval"] = "R. Chen, Controller" },
            [new("acknowledge")]),
        ("hr", "it.password-reset", "Locked out of the HR portal", [], []),
        ("communications", "facilities.room-setup", "Room setup for the annual town hall", [],
            [new("acknowledge"), new("wait", "InformationMissing", "How many chairs, and do you need a lectern?")]),
        ("legal", "it.software-install", "Install Adobe Acrobat Pro on LEG-0231",
            new() { ["Computer asset number"] = "LEG-0231" },
            [new("acknowledge"), new("start"), new("resolve", Comment: "Installed; restart the computer once.")]),
        ("it", "hr.employment-letter", "Employment letter for a mortgage", [], [new("start")]),
        ("hr", "finance.petty-cash", "Petty cash for the recruitment fair", [], []),
        ("facilities", "legal.contract-review", "Review of the cleaning services contract", [], [new("acknowledge")]),
        ("procurement", "it.mobile-phone", "Work phone for the new buyer", [], []),
        ("hr", "communications.intranet-news", "Announce the new wellness program", [],
            [new("acknowledge"), new("wait", "ApprovalPending", "We need the director's sign-off on the text.")]),
        ("finance", "hr.payroll-change", "Payroll update after a promotion", [], [new("acknowledge"), new("start")]),
    ];

    /// <summary>Files every demo request as its client's requester and takes its steps as the provider's agent.</summary>
    public static async Task<IReadOnlyList<Filed>> SeedAsync(CatalogPlatform platform)
    {
        var filed = new List<Filed>();
        foreach (var (client, service, title, answers, steps) in All)
        {
            var request = await FileAsync(platform, $"{client}.requester", service, title, answers);
            var id = request["id"]!.GetValue<string>();
            foreach (var step in steps)
            {
                await ActAsync(platform, AgentOf(service), id, step.Verb, step.Reason, step.Comment);
            }

            filed.Add(new Filed(id, client, service, title));
        }

        return filed;
    }

    /// <summary>The demo agent of the department that provides <paramref name="service"/> ("it.laptop-setup" → "it.agent").</summary>
    public static string AgentOf(string service) => service[..service.IndexOf('.', StringComparison.Ordinal)] + ".agent";

    /// <summary>Files a request as <paramref name="requester"/> (for their department), with an idempotency key.</summary>
    public static async Task<JsonObject> FileAsync(
        CatalogPlatform platform, string requester, string service, string title, Dictionary<string, string>? answers = null)
    {
        var http = await platform.AsAsync(requester);
        using var message = new HttpRequestMessage(HttpMethod.Post, "api/requests")
        {
            Content = JsonContent.Create(new { serviceId = service, title, answers = answers ?? [] }),
        };
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await http.SendAsync(message);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>
    /// Acts on a request as <paramref name="agent"/>, an agent of its provider. Work on a paid service starts once its
    /// client accepted a written quote, so before starting or resolving one the agent quotes and the requester accepts
    /// (the acceptance hands the request back in progress, which is then the start).
    /// </summary>
    public static async Task ActAsync(CatalogPlatform platform, string agent, string id, string verb, string? reason = null, string? comment = null)
    {
        var http = await platform.AsAsync(agent);
        if (verb is "start" or "resolve")
        {
            var view = (await http.GetFromJsonAsync<JsonObject>($"api/requests/{id}"))!;
            var quotes = view["quotes"]!.AsArray();
            if (view["quoteRequired"]!.GetValue<bool>() && (quotes.Count == 0 || quotes[^1]!["status"]!.GetValue<string>() != "Accepted"))
            {
                var quoted = await http.PostAsJsonAsync($"api/requests/{id}/quotes",
                    new { amount = 120m, covers = "Work and supplies", language = "en", validUntil = DateTimeOffset.UtcNow.AddDays(30) });
                quoted.StatusCode.Should().Be(HttpStatusCode.OK, await quoted.Content.ReadAsStringAsync());
                var client = await platform.AsAsync(view["requester"]!.GetValue<string>());
                var accepted = await client.PostAsJsonAsync($"api/requests/{id}/quote/accept", new { });
                accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
                if (verb == "start")
                {
                    return;
                }
            }
        }

        var response = await http.PostAsJsonAsync($"api/requests/{id}/{verb}", new { reason, comment });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// An IT service whose acknowledgement is due one business hour after filing (any department may ask for it), so
    /// a test can reach its breach by moving the fake clock. IT's manager creates it.
    /// </summary>
    public static async Task<string> CreateUrgentServiceAsync(CatalogPlatform platform)
    {
        var http = await platform.AsAsync("it.manager");
        var id = "it.urgent-printer-" + Guid.NewGuid().ToString("N")[..8];
        var draft = JsonNode.Parse($$"""
            {
              "id": "{{id}}",
              "departmentId": "it",
              "category": "hardware",
              "name": { "fr": "Réparation urgente d'imprimante", "en": "Urgent printer repair" },
              "description": { "fr": "Un technicien vient réparer une imprimante en panne.", "en": "A technician comes to fix a broken printer." },
              "turnaround": { "value": 1, "unit": "BusinessDays" },
              "cost": { "amount": 0, "currency": "CAD", "unit": "Free", "unitLabel": null },
              "steps": [ { "fr": "Décrire la panne", "en": "Describe the fault" } ],
              "equipment": [],
              "clientSupplies": [ { "fr": "Numéro de l'imprimante", "en": "Printer number" } ],
              "eligibleDepartments": [],
              "standards": [ { "clock": "Acknowledgement", "target": { "value": 1, "unit": "BusinessHours" },
                               "description": { "fr": "Accusé de réception en une heure", "en": "Acknowledged within an hour" } } ]
            }
            """);
        var response = await http.PostAsJsonAsync("api/catalogue", draft);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }
}
