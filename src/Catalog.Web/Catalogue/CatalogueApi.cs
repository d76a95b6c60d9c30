using Catalog.Web.Access;
using Catalog.Domain.Access;
using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Catalog.Web.Problems;

namespace Catalog.Web.Catalogue;

/// <summary>
/// The service catalogue over HTTP (docs/catalogue-api.md). Bodies are checked with the grains' own validators
/// before any grain is called; unknown ids (404) and conflicts (409) come from the grains as exceptions, turned
/// into problem details by the exception handler.
/// </summary>
public static class CatalogueApi
{
    private const string Tag = "Catalogue";

    /// <summary>Maps /api/catalogue.</summary>
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/catalogue").WithTags(Tag);

        api.MapGet("", SearchAsync)
            .WithName("SearchCatalogue")
            .WithSummary("Lists the services, optionally searched and filtered.")
            .WithDescription("q is case- and accent-insensitive and matches the id, names and descriptions in both languages; results are sorted by name in lang (fr or en, default en); retired services are hidden unless includeRetired=true.");

        api.MapGet("{id}", GetAsync)
            .WithName("GetService")
            .WithSummary("Gets a service with its current version and every version, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("", CreateAsync)
            .WithName("CreateService")
            .WithSummary("Creates a service (version 1). Without an id, the id is '<departmentId>.<slug of the English name>'.")
            .Accepts<ServiceDraft>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("{id}", UpdateAsync)
            .WithName("UpdateService")
            .WithSummary("Publishes a new version of a service; earlier versions stay as they were.")
            .WithDescription("With expectedVersion, the update is refused (409) unless it is the current version.")
            .Accepts<ServiceDraft>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("{id}/retire", RetireAsync)
            .WithName("RetireService")
            .WithSummary("Retires a service: no new requests; its versions stay readable.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return endpoints;
    }

    internal static async Task<Ok<CatalogueResult>> SearchAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string? q, string? department, string? category, bool? includeRetired, string? lang)
    {
        // Each person sees the entries their department may request, its own, and (administrators, auditors) all.
        var query = new CatalogueQuery(q, department, category, includeRetired ?? false, CatalogueLanguage.Normalize(lang),
            me.Viewer.DepartmentId, me.Viewer.CatalogueAdministrator || me.Viewer.Auditor);
        return TypedResults.Ok(await grains.GetCatalogueIndex().SearchAsync(query));
    }

    internal static async Task<Ok<ServiceDetails>> GetAsync([FromServices] IGrainFactory grains, string id, SignedIn me) =>
        TypedResults.Ok(await VisibleAsync(grains, id, me));

    /// <summary>
    /// The service, when <paramref name="me"/> may see it; a service offered only to other departments answers 404
    /// like an unknown one, so its existence does not leak.
    /// </summary>
    private static async Task<ServiceDetails> VisibleAsync(IGrainFactory grains, string id, SignedIn me)
    {
        // A malformed id cannot exist: answer 404 without activating a grain for it.
        if (!CatalogueIds.IsServiceId(id))
        {
            throw new CatalogNotFoundException("service", id);
        }

        var details = await grains.GetService(id).GetAsync();
        return AccessPolicy.CanSeeService(me.Viewer, details.Current.DepartmentId, details.Current.EligibleDepartments)
            ? details
            : throw new CatalogNotFoundException("service", id);
    }

    /// <summary>Refuses anyone who manages no department's catalogue before reading what they sent.</summary>
    private static void RequireSomeManager(SignedIn me) =>
        SignedIn.Require(me.Viewer.CatalogueAdministrator || me.Viewer.Role == DepartmentRole.Manager,
            "Only managers (for their department) and catalogue administrators may edit the catalogue.");

    private static void RequireManager(SignedIn me, string departmentId) =>
        SignedIn.Require(AccessPolicy.CanManage(me.Viewer, departmentId),
            $"Only managers of '{departmentId}' or catalogue administrators may edit its catalogue entries.");

    internal static async Task<Results<Created<ServiceDetails>, ValidationProblem>> CreateAsync(
        [FromServices] IGrainFactory grains, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        RequireSomeManager(me);
        var (draft, bodyErrors) = await JsonBody.ReadAsync<ServiceDraft>(request, cancellationToken);
        if (draft is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        if (!string.IsNullOrEmpty(draft.DepartmentId))
        {
            RequireManager(me, draft.DepartmentId);
        }

        var id = draft.Id ?? CatalogueIds.DeriveServiceId(draft.DepartmentId, draft.Name?.En);
        var errors = ServiceDraftValidator.ValidateForCreate(id, draft, await DepartmentIdsAsync(grains));
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(draft.Id is null ? WithoutDerivedIdNoise(errors) : errors);
        }

        var details = await grains.GetService(id).CreateAsync(draft with { Id = id });
        return TypedResults.Created($"/api/catalogue/{Uri.EscapeDataString(id)}", details);
    }

    internal static async Task<Results<Ok<ServiceDetails>, ValidationProblem>> UpdateAsync(
        [FromServices] IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        RequireSomeManager(me);
        var existing = await VisibleAsync(grains, id, me);
        RequireManager(me, existing.Current.DepartmentId);
        var (draft, bodyErrors) = await JsonBody.ReadAsync<ServiceDraft>(request, cancellationToken);
        if (draft is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        if (!string.IsNullOrEmpty(draft.DepartmentId))
        {
            RequireManager(me, draft.DepartmentId);
        }

        var errors = ServiceDraftValidator.ValidateForUpdate(id, draft, await DepartmentIdsAsync(grains));
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        return TypedResults.Ok(await grains.GetService(id).UpdateAsync(draft));
    }

    internal static async Task<Ok<ServiceDetails>> RetireAsync([FromServices] IGrainFactory grains, string id, SignedIn me)
    {
        RequireSomeManager(me);
        var existing = await VisibleAsync(grains, id, me);
        RequireManager(me, existing.Current.DepartmentId);
        return TypedResults.Ok(await grains.GetService(id).RetireAsync());
    }

    private static async Task<IReadOnlyCollection<string>> DepartmentIdsAsync(IGrainFactory grains) =>
        (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// When the author gave no id, a bad derived id only repeats a failure of the department or English name:
    /// report that failure alone.
    /// </summary>
    private static IReadOnlyDictionary<string, string[]> WithoutDerivedIdNoise(IReadOnlyDictionary<string, string[]> errors) =>
        errors.Keys.Any(k => k is "departmentId" or "name" or "name.en")
            ? errors.Where(e => e.Key != "id").ToDictionary()
            : errors;

}
