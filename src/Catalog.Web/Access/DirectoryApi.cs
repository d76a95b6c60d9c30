using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Errors;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Access;

/// <summary>
/// People and roles over HTTP: /api/directory/people. Managers see and assign roles in their own department;
/// catalogue administrators manage everyone, including the organisation-wide roles; auditors read. Every change
/// is audited by the directory, and takes effect at the person's next call on this web process (within the cache
/// lifetime on others).
/// </summary>
public static class DirectoryApi
{
    private const string Tag = "Directory";

    /// <summary>Maps /api/directory/people.</summary>
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/directory/people").WithTags(Tag);

        api.MapGet("", ListAsync)
            .WithName("ListPeople")
            .WithSummary("Lists people with their department and roles: one department (department=it) or, for administrators and auditors, everyone.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("names", NamesAsync)
            .WithName("GetPeopleNames")
            .WithSummary("The display names of people by user id (id=a&id=b, at most 200): for showing who filed or acted. Unknown ids are left out.")
            .ProducesValidationProblem();

        api.MapGet("{userId}", GetAsync)
            .WithName("GetPerson")
            .WithSummary("Gets one person (yourself, or someone you may list).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("{userId}", SetAsync)
            .WithName("SetPerson")
            .WithSummary("Adds a person or changes their name, department or roles.")
            .WithDescription("Managers assign Requester, Agent or Manager within their own department; only catalogue administrators move people between departments or grant and remove the organisation-wide roles.")
            .Accepts<PersonBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapDelete("{userId}", RemoveAsync)
            .WithName("RemovePerson")
            .WithSummary("Removes a person from the directory: at their next call they hold no role any more.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<CatalogUser>>> ListAsync([FromServices] IGrainFactory grains, SignedIn me, string? department)
    {
        var scope = string.IsNullOrWhiteSpace(department) ? null : department.Trim();
        SignedIn.Require(AccessPolicy.CanSeePeople(me.Viewer, scope), scope is null
            ? "Only catalogue administrators and auditors may list everyone; managers list their department (department=…)."
            : $"Only managers of '{scope}', catalogue administrators and auditors may list its people.");
        return TypedResults.Ok(await grains.GetDirectory().ListAsync(scope));
    }

    /// <summary>The most ids one names call resolves.</summary>
    public const int MaxNames = 200;

    internal static async Task<Results<Ok<Dictionary<string, string>>, ValidationProblem>> NamesAsync(
        [FromServices] IGrainFactory grains, [FromQuery(Name = "id")] string[]? ids)
    {
        var wanted = (ids ?? []).Select(i => i.Trim().ToLowerInvariant()).Where(i => i.Length > 0).Distinct().ToArray();
        if (wanted.Length > MaxNames)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["id"] = [$"At most {MaxNames} ids at a time."] });
        }

        // Names of colleagues are not confidential inside the organisation; departments and roles stay behind ListPeople.
        var directory = grains.GetDirectory();
        var people = await Task.WhenAll(wanted.Select(directory.FindAsync));
        return TypedResults.Ok(people.OfType<CatalogUser>().ToDictionary(p => p.Id, p => p.DisplayName, StringComparer.Ordinal));
    }

    internal static async Task<Ok<CatalogUser>> GetAsync([FromServices] IGrainFactory grains, SignedIn me, string userId)
    {
        var person = await grains.GetDirectory().FindAsync(userId);
        var allowed = string.Equals(userId.Trim(), me.UserId, StringComparison.OrdinalIgnoreCase)
            || AccessPolicy.CanSeePeople(me.Viewer, person?.DepartmentId ?? me.Viewer.DepartmentId);
        SignedIn.Require(allowed, "Only managers of the person's department, catalogue administrators and auditors may look people up.");
        return TypedResults.Ok(person ?? throw new CatalogNotFoundException("person", userId));
    }

    internal static async Task<Results<Ok<RoleChange>, ValidationProblem>> SetAsync(
        [FromServices] IGrainFactory grains,
        [FromServices] CatalogClaimsTransformation claims,
        SignedIn me,
        string userId,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        SignedIn.Require(me.Viewer.CatalogueAdministrator || me.Viewer.Role == DepartmentRole.Manager,
            "Only managers (in their department) and catalogue administrators may assign roles.");
        var (body, bodyErrors) = await JsonBody.ReadAsync<PersonBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body.DepartmentId))
        {
            errors["departmentId"] = ["Required: the id of a department, such as \"it\"."];
        }

        if (body.Role is null)
        {
            errors["role"] = [$"Required: one of {string.Join(", ", Enum.GetNames<DepartmentRole>())}."];
        }

        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var directory = grains.GetDirectory();
        var existing = await directory.FindAsync(userId);
        var organisationRoles = body.CatalogueAdministrator == true || body.Auditor == true
            || existing?.CatalogueAdministrator == true || existing?.Auditor == true;
        SignedIn.Require(AccessPolicy.CanAssign(me.Viewer, body.DepartmentId!.Trim(), existing?.DepartmentId, organisationRoles),
            organisationRoles
                ? "Only catalogue administrators may grant, keep or remove the organisation-wide roles."
                : $"Only managers of '{body.DepartmentId}' (for people of their department) and catalogue administrators may assign this role.");

        if (existing is not null && string.Equals(existing.Id, me.UserId, StringComparison.OrdinalIgnoreCase))
        {
            RefuseSelfLockOut(existing,
                body.Role!.Value < existing.Role
                || !string.Equals(body.DepartmentId.Trim(), existing.DepartmentId, StringComparison.Ordinal)
                || (existing.CatalogueAdministrator && body.CatalogueAdministrator != true));
        }

        var change = await directory.SetAsync(new CatalogUser(
            userId,
            body.DisplayName ?? existing?.DisplayName ?? "",
            body.DepartmentId.Trim(),
            body.Role!.Value,
            body.CatalogueAdministrator ?? false,
            body.Auditor ?? false));
        claims.Forget(change.After.Id);
        return TypedResults.Ok(change);
    }

    internal static async Task<Ok<CatalogUser>> RemoveAsync(
        [FromServices] IGrainFactory grains, [FromServices] CatalogClaimsTransformation claims, SignedIn me, string userId)
    {
        var directory = grains.GetDirectory();
        var existing = await directory.FindAsync(userId);
        SignedIn.Require(
            existing is null
                ? me.Viewer.CatalogueAdministrator || me.Viewer.Role == DepartmentRole.Manager
                : AccessPolicy.CanAssign(me.Viewer, existing.DepartmentId, existing.DepartmentId, existing.CatalogueAdministrator || existing.Auditor),
            "Only managers of the person's department and catalogue administrators may remove people.");
        if (existing is not null && string.Equals(existing.Id, me.UserId, StringComparison.OrdinalIgnoreCase))
        {
            RefuseSelfLockOut(existing, true);
        }

        var removed = await directory.RemoveAsync(userId);
        claims.Forget(removed.Id);
        return TypedResults.Ok(removed);
    }

    /// <summary>
    /// Nobody removes, demotes or moves themselves: a manager doing it by mistake would lock their department out of
    /// its own roles until an administrator steps in. Another manager or an administrator can.
    /// </summary>
    private static void RefuseSelfLockOut(CatalogUser self, bool losesRights)
    {
        if (losesRights)
        {
            throw new CatalogConflictException(
                $"You cannot remove, demote or move yourself ({self.Id}): ask another manager of '{self.DepartmentId}' or a catalogue administrator.",
                []);
        }
    }
}
