using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Sla;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Catalog.WhatIf;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.WhatIf;

/// <summary>
/// What-if previews of agreement and calendar changes, the migration of open requests onto an agreement's current
/// version, and the confirmed publication of a calendar. Only the department's managers and catalogue administrators:
/// previews name open requests and their due dates. Invalid drafts (400), unknown departments or agreements (404) and
/// refused moves (409) come back as problem details.
/// </summary>
public static class WhatIfApi
{
    private const string Tag = "What-if";

    /// <summary>At most this many requests named in one migration.</summary>
    public const int MaxRequestIds = 500;

    /// <summary>Maps the what-if routes beside the agreements' and calendars' own.</summary>
    public static IEndpointRouteBuilder MapWhatIfApi(this IEndpointRouteBuilder endpoints)
    {
        var agreements = endpoints.MapGroup("api/agreements/{providerDepartmentId}/{agreementId}").WithTags(Tag);
        agreements.MapPost("preview", PreviewAgreementAsync)
            .WithName("PreviewAgreementChange")
            .WithSummary("Previews a draft as the agreement's next version: open requests whose due dates or standing would change if migrated, and the last quarter's compliance under it.")
            .WithDescription("The body is the draft PUT would publish. changes lists open requests on this agreement whose clocks would move (each clock before and after); compliance replays the requests filed in the last 91 days under their terms and under the draft. Nothing changes; the preview is recorded in the audit trail.")
            .Accepts<AgreementDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        agreements.MapPost("migrate", MigrateAgreementAsync)
            .WithName("MigrateToAgreementVersion")
            .WithSummary("Moves open requests onto the agreement's current version (all those on older versions, or the ones named).")
            .WithDescription("{ version: the current version, requestIds: [optional] }. Each request moved records 'AgreementMigrated' in its history and the audit trail; thresholds already recorded stay, those the new targets put in the past are recorded now.")
            .Accepts<MigrationOrder>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var calendar = endpoints.MapGroup("api/departments/{departmentId}/calendar").WithTags(Tag);
        calendar.MapPost("preview", PreviewCalendarAsync)
            .WithName("PreviewCalendarChange")
            .WithSummary("Previews a draft calendar: open requests (provided or filed by the department) whose due dates or standing would change, and the last quarter's compliance under it.")
            .Accepts<CalendarSettings>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapPost("publish", PublishCalendarAsync)
            .WithName("PublishCalendar")
            .WithSummary("Publishes a calendar and re-times the open requests it moves; needs confirm: true when it moves any (409 otherwise).")
            .WithDescription("Calendars have no versions: open requests count in their departments' calendars as they are. Each request re-timed records 'CalendarApplied' in its history and the audit trail.")
            .Accepts<CalendarPublication>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    internal static async Task<Results<Ok<WhatIfPreview>, ValidationProblem>> PreviewAgreementAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string agreementId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var whatIf = Department(grains, providerDepartmentId);
        RequireManager(me, providerDepartmentId);
        var (draft, errors) = await JsonBody.ReadAsync<AgreementDraft>(request, cancellationToken);
        return draft is null
            ? InputProblems.Invalid(errors!)
            : TypedResults.Ok(await whatIf.PreviewAgreementAsync(me.Viewer, agreementId, draft));
    }

    internal static async Task<Results<Ok<MigrationResult>, ValidationProblem>> MigrateAgreementAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string agreementId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var whatIf = Department(grains, providerDepartmentId);
        RequireManager(me, providerDepartmentId);
        var (order, errors) = await JsonBody.ReadAsync<MigrationOrder>(request, cancellationToken);
        if (order is null)
        {
            return InputProblems.Invalid(errors!);
        }

        var invalid = new ValidationErrors();
        if (order.Version < 1)
        {
            invalid.Add("version", "Required: the agreement's current version (1 or more).");
        }

        if (order.RequestIds is { } ids)
        {
            if (ids.Count > MaxRequestIds)
            {
                invalid.Add("requestIds", $"At most {MaxRequestIds} requests at once.");
            }
            else if (ids.Any(id => !RequestIds.IsRequestId(id)))
            {
                invalid.Add("requestIds", "Each must be a request id such as IT-000123.");
            }
        }

        return !invalid.IsEmpty
            ? InputProblems.Invalid(invalid.ToDictionary())
            : TypedResults.Ok(await whatIf.MigrateAgreementAsync(me.Viewer, agreementId, order));
    }

    internal static async Task<Results<Ok<WhatIfPreview>, ValidationProblem>> PreviewCalendarAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var whatIf = Department(grains, departmentId);
        RequireManager(me, departmentId);
        var (draft, errors) = await JsonBody.ReadAsync<CalendarSettings>(request, cancellationToken);
        return draft is null
            ? InputProblems.Invalid(errors!)
            : TypedResults.Ok(await whatIf.PreviewCalendarAsync(me.Viewer, draft));
    }

    internal static async Task<Results<Ok<CalendarPublished>, ValidationProblem>> PublishCalendarAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var whatIf = Department(grains, departmentId);
        RequireManager(me, departmentId);
        var (publication, errors) = await JsonBody.ReadAsync<CalendarPublication>(request, cancellationToken);
        if (publication is null)
        {
            return InputProblems.Invalid(errors!);
        }

        return publication.Calendar is null
            ? InputProblems.Invalid(new Dictionary<string, string[]> { ["calendar"] = ["Required: the calendar to publish."] })
            : TypedResults.Ok(await whatIf.PublishCalendarAsync(me.Viewer, publication));
    }

    /// <summary>What-if answers name open requests and change the department's: only its managers or administrators.</summary>
    private static void RequireManager(SignedIn me, string departmentId) =>
        SignedIn.Require(AccessPolicy.CanManage(me.Viewer, departmentId),
            $"Only managers of '{departmentId}' or catalogue administrators may preview or apply changes to its agreements and calendar.");

    /// <summary>The department's what-if grain; a malformed department id cannot exist, so it is a 404 without activating a grain.</summary>
    private static IWhatIfGrain Department(IGrainFactory grains, string departmentId) =>
        CatalogueIds.IsDepartmentId(departmentId)
            ? grains.GetWhatIf(departmentId)
            : throw new CatalogNotFoundException("department", departmentId);
}
