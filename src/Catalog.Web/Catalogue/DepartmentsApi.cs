using Catalog.Web.Access;
using Catalog.Domain.Access;
using Catalog.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Catalog.Web.Problems;

namespace Catalog.Web.Catalogue;

/// <summary>The provider departments over HTTP: /api/departments.</summary>
public static class DepartmentsApi
{
    private const string Tag = "Departments";

    /// <summary>Maps /api/departments.</summary>
    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/departments").WithTags(Tag);

        api.MapGet("", ListAsync)
            .WithName("ListDepartments")
            .WithSummary("Lists the departments with their count of active services the caller may see, sorted by name in lang (fr or en, default en).");

        api.MapPost("", CreateAsync)
            .WithName("CreateDepartment")
            .WithSummary("Adds a department: a lowercase id, a name in French and English, an IANA time zone.")
            .Accepts<DepartmentDraft>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict);

        return endpoints;
    }

    internal static async Task<Ok<Department[]>> ListAsync([FromServices] IGrainFactory grains, SignedIn me, string? lang)
    {
        var language = CatalogueLanguage.Normalize(lang);
        var index = grains.GetCatalogueIndex();
        IEnumerable<Department> departments = await index.ListDepartmentsAsync();
        if (!me.Viewer.CatalogueAdministrator && !me.Viewer.Auditor)
        {
            // Count what this person may see, so the counts match the lists and say nothing of restricted entries.
            var visible = await index.SearchAsync(new CatalogueQuery(ViewerDepartmentId: me.Viewer.DepartmentId));
            var counts = visible.Items.CountBy(s => s.DepartmentId).ToDictionary(StringComparer.Ordinal);
            departments = departments.Select(d => d with { ServiceCount = counts.GetValueOrDefault(d.Id) });
        }

        return TypedResults.Ok(departments
            .OrderBy(d => d.Name.In(language), CatalogueLanguage.Comparer(language))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray());
    }

    internal static async Task<Results<Created<Department>, ValidationProblem>> CreateAsync(
        [FromServices] IGrainFactory grains, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        SignedIn.Require(AccessPolicy.CanAddDepartments(me.Viewer), "Only catalogue administrators may add departments.");
        var (draft, bodyErrors) = await JsonBody.ReadAsync<DepartmentDraft>(request, cancellationToken);
        if (draft is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        var errors = DepartmentDraftValidator.Validate(draft);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var department = await grains.GetCatalogueIndex().AddDepartmentAsync(draft);
        return TypedResults.Created($"/api/departments/{Uri.EscapeDataString(department.Id)}", department);
    }
}
