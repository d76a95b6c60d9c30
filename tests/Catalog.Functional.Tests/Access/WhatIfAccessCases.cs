using System.Net;
using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// What-if previews name open requests and their due dates, and migrations and publications change them: the
/// provider's managers and catalogue administrators only. A preview is recorded in the audit trail (on the agreement
/// or calendar previewed), as the decision to migrate or publish rests on it.
/// </summary>
public static class WhatIfAccessCases
{
    public static readonly AccessCase[] Cases =
    [
        new("preview agreement change", "POST", "api/agreements/{providerDepartmentId}/{agreementId}/preview", async w =>
            {
                var (id, service) = await w.AgreementWithServiceAsync();
                return new AccessCall($"api/agreements/it/{id}/preview", AccessWorld.AgreementDraft(service, hours: 6), AuditEntityId: id);
            },
            ItManagers),
        new("migrate to agreement version", "POST", "api/agreements/{providerDepartmentId}/{agreementId}/migrate", async w =>
            {
                var id = await w.AgreementAsync();
                return new AccessCall($"api/agreements/it/{id}/migrate", new { version = 1 }, AuditEntityId: id);
            },
            ItManagers),
        new("preview calendar change", "POST", "api/departments/{departmentId}/calendar/preview",
            _ => Task.FromResult(new AccessCall("api/departments/it/calendar/preview", Calendar(), AuditEntityId: "it")),
            ItManagers),
        new("publish calendar", "POST", "api/departments/{departmentId}/calendar/publish",
            _ => Task.FromResult(new AccessCall("api/departments/it/calendar/publish", new { calendar = Calendar(), confirm = true }, AuditEntityId: "it")),
            ItManagers),
    ];

    private static object Calendar() => new
    {
        hours = new[] { new { day = "Monday", start = "08:00", end = "12:00" }, new { day = "Tuesday", start = "08:00", end = "16:00" } },
        holidays = new[] { "2027-01-0" + Random.Shared.Next(1, 9) },
        yearlyHolidays = Array.Empty<object>(),
    };
}
