using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Who may call the complaint routes. A complaint here is filed by hr.requester about a request from hr to it:
/// the provider's agents and managers work it, auditors and administrators read it, its complainant follows it; anyone
/// else is told it does not exist (a colleague of the complainant included: a complaint is its author's). Filing about
/// a request is for its client department; about a service, for anyone placed in a department who may see it. The
/// report is for managers (their department), heads, complaints officers and auditors; the standard for the
/// department's managers; officers and heads are designated by administrators.
/// </summary>
public static class ComplaintsAccessCases
{
    private static readonly string[] ComplaintReaders = [HrRequester, ItAgent, ItManager, Administrator, Auditor];
    private static readonly string[] NotTold = [HrManager, ItRequester, LegalAgent];

    public static readonly AccessCase[] Cases =
    [
        new("complain about a request", "POST", "api/requests/{id}/complaints", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await w.RequestAsync(secret);
                return new AccessCall($"api/requests/{id}/complaints", new { cause = "Delay", text = "Still waiting" });
            },
            [.. HrPeople], HttpStatusCode.Created, Hidden: [LegalAgent]),
        new("complain about a service", "POST", "api/complaints", _ => Task.FromResult(
                new AccessCall("api/complaints", new { serviceId = AccessWorld.OpenService, cause = "Information", text = "Unclear steps" })),
            SignedIn, HttpStatusCode.Created),
        new("list complaints", "GET", "api/complaints", _ => Task.FromResult(new AccessCall("api/complaints?status=all")), SignedIn),
        new("read a complaint", "GET", "api/complaints/{id}", async w =>
            {
                var (id, secret) = await ComplaintAsync(w);
                return new AccessCall($"api/complaints/{id}", Secret: secret);
            },
            ComplaintReaders, Hidden: NotTold),
        Work("acknowledge a complaint", "acknowledge", new { }),
        Work("answer a complaint", "answer", new { text = "We are on it." }),
        Work("resolve a complaint", "resolve", new { kind = "Explanation", text = "The queue was long." }),
        new("complaints report", "GET", "api/complaints/report", _ => Task.FromResult(new AccessCall("api/complaints/report?by=provider&every=month")),
            [HrManager, ItManager, Administrator, Auditor]),
        new("complaints report export", "GET", "api/complaints/report/export", _ => Task.FromResult(new AccessCall("api/complaints/report/export")),
            [HrManager, ItManager, Administrator, Auditor]),
        new("complaint standard", "GET", "api/complaints/standards/{departmentId}", _ => Task.FromResult(new AccessCall("api/complaints/standards/it")), SignedIn),
        new("set complaint standard", "PUT", "api/complaints/standards/{departmentId}", _ => Task.FromResult(
                new AccessCall("api/complaints/standards/it", new { acknowledgeDays = 2, answerDays = 10 }, AuditEntityId: "it")),
            ItManagers),
        new("complaint roles", "GET", "api/complaints/roles", _ => Task.FromResult(new AccessCall("api/complaints/roles")), SignedIn),
        new("designate a complaints officer", "PUT", "api/complaints/roles/officers/{userId}", async w =>
            {
                var person = await w.PersonAsync();
                return new AccessCall($"api/complaints/roles/officers/{person}", new { officer = true }, AuditEntityId: person);
            },
            [Administrator]),
        new("designate a department head", "PUT", "api/complaints/roles/heads/{departmentId}", async w =>
            {
                var person = await w.PersonAsync();
                return new AccessCall("api/complaints/roles/heads/hr", new { userId = person }, AuditEntityId: "hr");
            },
            [Administrator]),
    ];

    /// <summary>An action of the provider on a fresh complaint: its agents and managers.</summary>
    private static AccessCase Work(string name, string verb, object body) =>
        new(name, "POST", $"api/complaints/{{id}}/{verb}", async w =>
            {
                var (id, secret) = await ComplaintAsync(w);
                return new AccessCall($"api/complaints/{id}/{verb}", body, secret, id);
            },
            ItWorkers, Hidden: NotTold);

    /// <summary>A complaint by hr.requester about a new request from hr to it, whose text is a secret.</summary>
    private static async Task<(string Id, string Secret)> ComplaintAsync(AccessWorld w)
    {
        var secret = AccessWorld.NewSecret();
        var request = await w.RequestAsync(AccessWorld.NewSecret());
        var hr = await w.AsAsync(HrRequester);
        var filed = await hr.PostAsJsonAsync($"api/requests/{request}/complaints", new { cause = "Quality", text = secret });
        if (filed.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Preparing the matrix: complaining answered {(int)filed.StatusCode}: {await filed.Content.ReadAsStringAsync()}");
        }

        return ((await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(), secret);
    }
}
