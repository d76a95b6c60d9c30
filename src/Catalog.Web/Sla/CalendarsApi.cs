using Catalog.Web.Access;
using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Sla;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Sla;

/// <summary>A department's business calendar over HTTP: /api/departments/{departmentId}/calendar.</summary>
public static class CalendarsApi
{
    private const string Tag = "Calendars";

    /// <summary>Maps /api/departments/{departmentId}/calendar.</summary>
    public static IEndpointRouteBuilder MapCalendarsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/departments/{departmentId}/calendar").WithTags(Tag);

        api.MapGet("", GetAsync)
            .WithName("GetDepartmentCalendar")
            .WithSummary("Gets the department's business calendar: until one is set, 8:30–12:00 and 13:00–16:30 Monday–Friday in the department's time zone.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("", SetAsync)
            .WithName("SetDepartmentCalendar")
            .WithSummary("Replaces the department's business calendar; new requests and running clocks use it.")
            .WithDescription("hours: [{ day: \"Monday\", start: \"08:30\", end: \"12:00\" }] (an end of 00:00 means midnight); holidays: [\"2026-04-03\"]; yearlyHolidays: [{ month: 12, day: 25 }]; timeZoneId: an IANA id, the department's when empty. Stored normalized: hours sorted, holidays sorted without repeats.")
            .Accepts<CalendarSettings>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    internal static async Task<Ok<CalendarSettings>> GetAsync([FromServices] IGrainFactory grains, string departmentId) =>
        TypedResults.Ok(await Calendar(grains, departmentId).GetAsync());

    internal static async Task<Results<Ok<CalendarSettings>, ValidationProblem>> SetAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var calendar = Calendar(grains, departmentId);
        SignedIn.Require(AccessPolicy.CanManage(me.Viewer, departmentId),
            $"Only managers of '{departmentId}' or catalogue administrators may change its calendar.");
        var (settings, bodyErrors) = await JsonBody.ReadAsync<CalendarSettings>(request, cancellationToken);
        if (settings is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        return TypedResults.Ok(await calendar.SetAsync(settings));
    }

    /// <summary>The department's calendar; a malformed department id cannot exist, so it is a 404 without activating a grain.</summary>
    private static ICalendarGrain Calendar(IGrainFactory grains, string departmentId) =>
        CatalogueIds.IsDepartmentId(departmentId)
            ? grains.GetCalendar(departmentId)
            : throw new CatalogNotFoundException("department", departmentId);
}
