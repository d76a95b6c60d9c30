using System.Net;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Every API endpoint with who may call it. The completeness test fails when an endpoint is mapped without a row
/// here, so a new endpoint cannot ship without its rule being stated and tested.
/// </summary>
public static class AccessCases
{
    private static readonly string[] Outsiders = [LegalAgent];

    public static readonly AccessCase[] All =
    [
        // Who am I, and the organisation's shared reference data: everyone signed in.
        Read("me", "api/me", _ => Call("api/me")),
        Read("departments", "api/departments", _ => Call("api/departments")),
        Read("categories", "api/categories", _ => Call("api/categories")),
        Read("clock", "api/clock", _ => Call("api/clock")),
        Read("catalogue search", "api/catalogue", _ => Call("api/catalogue?q=password")),
        Read("SLA counters (published figures)", "api/sla/{providerDepartmentId}/counters", _ => Call("api/sla/it/counters")),
        Read("agreements list", "api/agreements/{providerDepartmentId}", _ => Call("api/agreements/it")),
        Read("agreement versions", "api/agreements/{providerDepartmentId}/{agreementId}", async w => new AccessCall($"api/agreements/it/{await w.AgreementAsync()}")),
        Read("agreement resolution", "api/agreements/{providerDepartmentId}/resolve", _ => Call($"api/agreements/it/resolve?serviceId={AccessWorld.OpenService}&client=hr")),
        Read("calendar", "api/departments/{departmentId}/calendar", _ => Call("api/departments/it/calendar")),

        // A catalogue entry offered to hr only: its provider, hr, administrators and auditors see it; legal is told it does not exist.
        new("restricted service", "GET", "api/catalogue/{id}", async w => new AccessCall($"api/catalogue/{await w.ServiceAsync("hr")}"),
            [.. ItPeople, .. HrPeople, Auditor], Hidden: Outsiders),

        // Catalogue changes: managers of the department and administrators.
        new("create service", "POST", "api/catalogue", _ =>
            {
                var id = "it.access-" + Guid.NewGuid().ToString("N")[..10];
                return Task.FromResult(new AccessCall("api/catalogue", AccessWorld.ServiceDraft(id), AuditEntityId: id));
            },
            ItManagers, HttpStatusCode.Created),
        new("update service", "PUT", "api/catalogue/{id}", async w =>
            {
                var id = await w.ServiceAsync();
                var draft = AccessWorld.ServiceDraft(id);
                draft["changeNote"] = "New rate";
                draft["cost"]!["amount"] = 50;
                return new AccessCall($"api/catalogue/{id}", draft, AuditEntityId: id);
            },
            ItManagers),
        new("retire service", "POST", "api/catalogue/{id}/retire", async w =>
            {
                var id = await w.ServiceAsync();
                return new AccessCall($"api/catalogue/{id}/retire", new { }, AuditEntityId: id);
            },
            ItManagers),
        new("add department", "POST", "api/departments", _ =>
            {
                var id = "dept" + Guid.NewGuid().ToString("N")[..8];
                return Task.FromResult(new AccessCall("api/departments",
                    new { id, name = new { fr = "Service d'essai", en = "Test department" }, timeZone = "America/Toronto" }, AuditEntityId: id));
            },
            [Administrator], HttpStatusCode.Created),

        // Agreements and calendars bind the provider: its managers and administrators.
        new("create agreement", "POST", "api/agreements/{providerDepartmentId}", async w =>
            {
                var service = await w.ServiceAsync();
                return new AccessCall("api/agreements/it", AccessWorld.AgreementDraft(service));
            },
            ItManagers, HttpStatusCode.Created),
        new("update agreement", "PUT", "api/agreements/{providerDepartmentId}/{agreementId}", async w =>
            {
                var (id, service) = await w.AgreementWithServiceAsync();
                return new AccessCall($"api/agreements/it/{id}", AccessWorld.AgreementDraft(service, hours: 6), AuditEntityId: id);
            },
            ItManagers),
        new("retire agreement", "POST", "api/agreements/{providerDepartmentId}/{agreementId}/retire", async w =>
            {
                var id = await w.AgreementAsync();
                return new AccessCall($"api/agreements/it/{id}/retire", new { }, AuditEntityId: id);
            },
            ItManagers),
        new("set calendar", "PUT", "api/departments/{departmentId}/calendar", _ => Task.FromResult(new AccessCall(
                "api/departments/it/calendar",
                new
                {
                    hours = new[] { new { day = "Monday", start = "08:00", end = "12:00" }, new { day = "Tuesday", start = "08:00", end = "16:00" } },
                    holidays = new[] { "2027-01-0" + Random.Shared.Next(1, 9) },
                    yearlyHolidays = Array.Empty<object>(),
                },
                AuditEntityId: "it")),
            ItManagers),

        // Requests from hr to it: filing for one's own department; reading by the two departments and auditors.
        new("file request for hr", "POST", "api/requests", _ =>
            {
                var secret = AccessWorld.NewSecret();
                return Task.FromResult(new AccessCall("api/requests",
                    new { serviceId = AccessWorld.OpenService, clientDepartmentId = "hr", title = secret, answers = new Dictionary<string, string>() },
                    Secret: null));
            },
            HrPeople, HttpStatusCode.Created),
        new("read request", "GET", "api/requests/{id}", async w =>
            {
                var secret = AccessWorld.NewSecret();
                return Call($"api/requests/{await w.RequestAsync(secret)}", secret);
            },
            RequestReaders, Hidden: Outsiders),

        // The provider's actions: its agents and managers only.
        Act("acknowledge", "acknowledge", "Submitted", ItWorkers),
        Act("start", "start", "Submitted", ItWorkers),
        Act("wait on client", "wait", "InProgress", ItWorkers, new { reason = "InformationMissing" }),
        Act("resolve", "resolve", "InProgress", ItWorkers),
        Act("act (generic route)", "actions", "Submitted", ItWorkers, new { action = "Acknowledge" }),

        // The client's actions: hr (and the provider's workers).
        Act("resume", "resume", "WaitingOnClient", ClientActors),
        Act("comment", "comments", "InProgress", ClientActors, new { comment = "Any news?" }),
        Act("cancel", "cancel", "Submitted", ClientActors),
        Act("close", "close", "Resolved", ClientActors),
        Act("reopen", "reopen", "Resolved", ClientActors),

        // Queues and their exports: the department's own people and auditors.
        QueueRead("provider queue", "api/queues/provider/{departmentId}", "api/queues/provider/it?limit=1000", [.. ItPeople, Auditor]),
        QueueRead("client queue", "api/queues/client/{departmentId}", "api/queues/client/hr?limit=1000", [.. HrPeople, Auditor]),
        QueueRead("provider queue export", "api/queues/provider/{departmentId}/export", "api/queues/provider/it/export", [.. ItPeople, Auditor]),
        QueueRead("client queue export", "api/queues/client/{departmentId}/export", "api/queues/client/hr/export", [.. HrPeople, Auditor]),

        // People and roles: managers for their department, administrators for everyone, auditors read.
        Read("list people of hr", "api/directory/people", _ => Call("api/directory/people?department=hr"), [HrManager, Administrator, Auditor]),
        Read("names of people (for showing who acted)", "api/directory/people/names", _ => Call("api/directory/people/names?id=hr.requester&id=it.agent")),
        Read("get a person of hr", "api/directory/people/{userId}", _ => Call("api/directory/people/hr.agent"), [HrManager, Administrator, Auditor]),
        new("give a person of hr a role", "PUT", "api/directory/people/{userId}", async w =>
            {
                var id = await w.PersonAsync();
                return new AccessCall($"api/directory/people/{id}", AccessWorld.PersonBody("Agent"), AuditEntityId: id);
            },
            [HrManager, Administrator]),
        new("remove a person of hr", "DELETE", "api/directory/people/{userId}", async w =>
            {
                var id = await w.PersonAsync();
                return new AccessCall($"api/directory/people/{id}", AuditEntityId: id);
            },
            [HrManager, Administrator]),

        // The audit trail: auditors only.
        Read("audit trail", "api/audit", _ => Call("api/audit?limit=5"), [Auditor]),
        Read("audit trail export", "api/audit/export", _ => Call("api/audit/export?limit=5"), [Auditor]),

        .. RequestStepsAccessCases.Cases,
        .. SurveysAccessCases.Cases,
        .. MessagesAccessCases.Cases,
        .. ScorecardsAccessCases.Cases,
        .. ComplaintsAccessCases.Cases,
        .. WhatIfAccessCases.Cases,
        .. QueuesAccessCases.Cases,
        .. ForecastsAccessCases.Cases,
        .. NotificationsAccessCases.Cases,
    ];

    /// <summary>The rows as xunit theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static AccessCase Read(string name, string route, Func<AccessWorld, Task<AccessCall>> arrange, string[]? allowed = null) =>
        new(name, "GET", route, arrange, allowed ?? SignedIn);

    private static AccessCase Act(string name, string verb, string status, string[] allowed, object? body = null) =>
        new(name, "POST", verb == "actions" ? "api/requests/{id}/actions" : $"api/requests/{{id}}/{verb}", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await w.RequestAsync(secret, status);
                return new AccessCall($"api/requests/{id}/{verb}", body ?? new { }, secret, id);
            },
            allowed, Hidden: Outsiders);

    /// <summary>A queue read after filing a request whose title is a secret: a refusal must not list it.</summary>
    private static AccessCase QueueRead(string name, string route, string path, string[] allowed) =>
        new(name, "GET", route, async w =>
            {
                var secret = AccessWorld.NewSecret();
                await w.RequestAsync(secret);
                return new AccessCall(path, Secret: secret);
            },
            allowed);

    private static Task<AccessCall> Call(string path) => Task.FromResult(new AccessCall(path));

    private static AccessCall Call(string path, string secret) => new(path, Secret: secret);
}
