using System.Net;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Standard messages and the person's language. A department's library: its agents and managers, the catalogue
/// administrators and auditors read it; its managers and administrators edit it. On a request from hr to it: only
/// it's agents and managers preview and send (the client and auditors are refused, legal is told it does not
/// exist). Everyone signed in chooses their own language.
/// </summary>
public static class MessagesAccessCases
{
    private static readonly string[] LibraryReaders = [ItAgent, ItManager, Administrator, Auditor];

    public static readonly AccessCase[] Cases =
    [
        new("message library", "GET", "api/departments/{departmentId}/messages",
            _ => Task.FromResult(new AccessCall("api/departments/it/messages", Secret: "The Information Technology team")),
            LibraryReaders),
        new("message template versions", "GET", "api/departments/{departmentId}/messages/{situation}/{language}/versions",
            _ => Task.FromResult(new AccessCall("api/departments/it/messages/Acknowledgement/fr/versions", Secret: "L'équipe des Technologies")),
            LibraryReaders),
        new("edit a message template", "PUT", "api/departments/{departmentId}/messages/{situation}/{language}",
            _ => Task.FromResult(new AccessCall(
                "api/departments/it/messages/LateClient/en",
                new { text = "Hello {clientName}, you arrived late (" + AccessWorld.NewSecret() + ")." },
                AuditEntityId: "it/LateClient/en")),
            ItManagers),
        new("preview a standard message", "GET", "api/requests/{id}/messages/preview", async w =>
            {
                var id = await w.RequestAsync(AccessWorld.NewSecret(), "InProgress");
                return new AccessCall($"api/requests/{id}/messages/preview?situation=Acknowledgement", Secret: "Marie Tremblay,");
            },
            ItWorkers, Hidden: [LegalAgent]),
        new("send a standard message", "POST", "api/requests/{id}/messages", async w =>
            {
                var secret = AccessWorld.NewSecret();
                var id = await w.RequestAsync(secret, "InProgress");
                return new AccessCall($"api/requests/{id}/messages", new { situation = "Acknowledgement" }, secret, id);
            },
            ItWorkers, Hidden: [LegalAgent]),
        new("choose my language", "PUT", "api/me/language", async w =>
            {
                // Everyone starts from English, so clearing the choice is a change (and leaves them as they began).
                foreach (var person in SignedIn)
                {
                    await (await w.AsAsync(person)).PutAsync("api/me/language",
                        System.Net.Http.Json.JsonContent.Create(new { language = "en" }));
                }

                return new AccessCall("api/me/language", new { language = (string?)null });
            },
            SignedIn),
    ];
}
