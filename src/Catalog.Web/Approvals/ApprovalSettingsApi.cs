using Catalog.Approvals;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Approvals;

/// <summary>
/// A provider department's approval settings over HTTP: the threshold from which a manager decides (seed 004: $150),
/// the decision time, and the substitutes managers name while away. The department's people read them (agents need
/// to know when they decide alone); its managers and administrators change them; everything changed is audited.
/// </summary>
public static class ApprovalSettingsApi
{
    private const string Tag = "Approvals";

    /// <summary>Maps /api/departments/{departmentId}/approvals.</summary>
    public static IEndpointRouteBuilder MapApprovalSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/departments/{departmentId}/approvals").WithTags(Tag);

        api.MapGet("", GetAsync)
            .WithName("GetApprovalSettings")
            .WithSummary("The department's approval threshold, decision time and substitutes (its people, administrators, auditors).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("rule", SetRuleAsync)
            .WithName("SetApprovalRule")
            .WithSummary("Sets the threshold (amount, currency) and the decision time in business hours (managers of the department, administrators).")
            .Accepts<ApprovalRuleDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("substitutes", NameSubstituteAsync)
            .WithName("NameSubstitute")
            .WithSummary("A manager names a person of the department to decide approvals for them from one instant until another.")
            .Accepts<SubstituteDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("substitutes/{number:int}", RemoveSubstituteAsync)
            .WithName("RemoveSubstitute")
            .WithSummary("Ends a substitution early (the manager it stands in for, administrators).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    internal static async Task<Ok<ApprovalSettings>> GetAsync([FromServices] IGrainFactory grains, string departmentId, SignedIn me)
    {
        await DepartmentAsync(grains, departmentId, me, read: true);
        return TypedResults.Ok(await grains.GetApprovalSettings(departmentId).GetAsync());
    }

    internal static async Task<Results<Ok<ApprovalSettings>, ValidationProblem>> SetRuleAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        await DepartmentAsync(grains, departmentId, me, read: false);
        var (body, errors) = await JsonBody.ReadAsync<ApprovalRuleDraft>(request, cancellationToken);
        return body is null
            ? InputProblems.Invalid(errors!)
            : TypedResults.Ok(await grains.GetApprovalSettings(departmentId).SetRuleAsync(me.Viewer, body));
    }

    internal static async Task<Results<Ok<ApprovalSettings>, ValidationProblem>> NameSubstituteAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        await DepartmentAsync(grains, departmentId, me, read: false);
        var (body, errors) = await JsonBody.ReadAsync<SubstituteDraft>(request, cancellationToken);
        return body is null
            ? InputProblems.Invalid(errors!)
            : TypedResults.Ok(await grains.GetApprovalSettings(departmentId).NameSubstituteAsync(me.Viewer, body));
    }

    internal static async Task<Ok<ApprovalSettings>> RemoveSubstituteAsync([FromServices] IGrainFactory grains, string departmentId, int number, SignedIn me)
    {
        await DepartmentAsync(grains, departmentId, me, read: false);
        return TypedResults.Ok(await grains.GetApprovalSettings(departmentId).RemoveSubstituteAsync(me.Viewer, number));
    }

    // An unknown department is a 404 before any grain of it activates; reading is for its people and the organisation's roles.
    private static async Task DepartmentAsync(IGrainFactory grains, string departmentId, SignedIn me, bool read)
    {
        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => d.Id == departmentId))
        {
            throw new Errors.CatalogNotFoundException("department", departmentId);
        }

        var allowed = read
            ? me.Viewer.IsIn(departmentId) || me.Viewer.Auditor || me.Viewer.CatalogueAdministrator
            : AccessPolicy.CanManage(me.Viewer, departmentId);
        SignedIn.Require(allowed, read
            ? $"Only people of '{departmentId}', administrators and auditors read its approval settings."
            : $"Only managers of '{departmentId}' and catalogue administrators change its approval settings.");
    }
}
