using System.Net;
using System.Net.Http.Json;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Who may take a request's steps beyond its lifecycle (quotes, accommodations, approvals, transfers), and who reads
/// and changes a department's approval settings. Each request is one of hr's to it, with a secret title.
/// </summary>
public static class RequestStepsAccessCases
{
    private static readonly string[] Outsiders = [LegalAgent];

    /// <summary>The rows, added to <see cref="AccessCases.All"/>.</summary>
    public static readonly AccessCase[] Cases =
    [
        // Quotes are written by the provider and answered by the client.
        Step("propose quote", "quotes", ItWorkers, async (w, id) => { await Task.CompletedTask; },
            _ => new { amount = 60m, covers = "Cable", language = "fr", validUntil = DateTimeOffset.UtcNow.AddDays(10) }),
        Step("accept quote", "quote/accept", HrPeople, ProposeAsync),
        Step("decline quote", "quote/decline", HrPeople, ProposeAsync, _ => new { reason = "Too dear" }),

        // Accommodations are asked by the provider's workers; from the threshold, its managers (or their substitutes) decide.
        Step("ask accommodation", "accommodations", ItWorkers, async (w, id) => { await Task.CompletedTask; },
            _ => new { subject = "Waiver", amount = 20m, description = "Waive the fee" }),
        Step("approve approval", "approvals/1/approve", ItManagers, AskAsync, route: "api/requests/{id}/approvals/{number:int}/approve"),
        Step("reject approval", "approvals/1/reject", ItManagers, AskAsync, _ => new { reason = "Not this time" }, route: "api/requests/{id}/approvals/{number:int}/reject"),

        // Transfers: the provider's workers.
        Step("transfer", "transfers", ItWorkers, async (w, id) => { await Task.CompletedTask; }, _ => new { toAgent = "it.manager" }),

        // A department's approval settings: read by its people and the organisation's roles, changed by its managers.
        new("read approval settings", "GET", "api/departments/{departmentId}/approvals",
            _ => Task.FromResult(new AccessCall("api/departments/it/approvals")), [.. ItPeople, Auditor]),
        new("set approval rule", "PUT", "api/departments/{departmentId}/approvals/rule",
            _ => Task.FromResult(new AccessCall("api/departments/it/approvals/rule", new { threshold = 150m, currency = "CAD", decisionHours = 7 }, AuditEntityId: "it")),
            ItManagers),
        new("name substitute", "POST", "api/departments/{departmentId}/approvals/substitutes",
            _ => Task.FromResult(new AccessCall("api/departments/it/approvals/substitutes",
                new { substituteId = "it.agent", managerId = "it.manager", from = Planned, until = Planned.AddDays(1) }, AuditEntityId: "it")),
            ItManagers),
        new("remove substitute", "DELETE", "api/departments/{departmentId}/approvals/substitutes/{number:int}", async w =>
            {
                var manager = await w.AsAsync(ItManager);
                var named = await manager.PostAsJsonAsync("api/departments/it/approvals/substitutes",
                    new { substituteId = "it.agent", from = Planned, until = Planned.AddDays(1) });
                var settings = (await named.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
                var number = settings["substitutes"]!.AsArray().Last()!["number"]!.GetValue<int>();
                return new AccessCall($"api/departments/it/approvals/substitutes/{number}", AuditEntityId: "it");
            },
            ItManagers),
    ];

    // Substitutions the matrix names are planned months ahead: one in force would let it.agent decide the approvals above.
    private static DateTimeOffset Planned => DateTimeOffset.UtcNow.AddDays(300);

    private static async Task ProposeAsync(AccessWorld w, string id)
    {
        var agent = await w.AsAsync(ItAgent);
        var quoted = await agent.PostAsJsonAsync($"api/requests/{id}/quotes",
            new { amount = 60m, covers = "Cable", language = "fr", validUntil = DateTimeOffset.UtcNow.AddDays(10) });
        quoted.StatusCode.Should().Be(HttpStatusCode.OK, await quoted.Content.ReadAsStringAsync());
    }

    private static async Task AskAsync(AccessWorld w, string id)
    {
        var agent = await w.AsAsync(ItAgent);
        var asked = await agent.PostAsJsonAsync($"api/requests/{id}/accommodations", new { subject = "Discount", amount = 400m, description = "Big discount" });
        asked.StatusCode.Should().Be(HttpStatusCode.OK, await asked.Content.ReadAsStringAsync());
    }

    private static AccessCase Step(
        string name, string path, string[] allowed, Func<AccessWorld, string, Task> prepare, Func<AccessWorld, object>? body = null, string? route = null) =>
        new(name, "POST", route ?? $"api/requests/{{id}}/{path}", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await w.RequestAsync(secret);
                await prepare(w, id);
                return new AccessCall($"api/requests/{id}/{path}", body?.Invoke(w) ?? new { }, secret, id);
            },
            allowed, Hidden: Outsiders);
}
