using Catalog.Domain.Access;
using Catalog.Web.Access;
using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Sla;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Sla;

/// <summary>
/// A provider department's service-level agreements over HTTP: /api/agreements/{providerDepartmentId}. The grain
/// validates (the rules need the departments and the scoped service); unknown departments or agreements (404),
/// invalid drafts (400) and conflicts (409) come back as exceptions, turned into problem details by the exception
/// handler.
/// </summary>
public static class AgreementsApi
{
    private const string Tag = "Agreements";

    /// <summary>Maps /api/agreements/{providerDepartmentId}.</summary>
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/agreements/{providerDepartmentId}").WithTags(Tag);

        api.MapGet("", ListAsync)
            .WithName("ListAgreements")
            .WithSummary("Lists the provider's agreements (current versions, retired ones included), sorted by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("resolve", ResolveAsync)
            .WithName("ResolveAgreementClocks")
            .WithSummary("Previews the clocks a request for this service, filed by this client department, would run.")
            .WithDescription("Per clock: the most specific agreement in force (service+client, category+client, all+client, then the same for any client '*'), then the service's standards (its turnaround for Resolution), then the defaults (Acknowledgement 1, FirstAnswer 5, ClientResponse 2 business days). Returns the agreement id and version of the most specific agreement that set a clock.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("{agreementId}", GetVersionsAsync)
            .WithName("GetAgreementVersions")
            .WithSummary("Gets every version of an agreement, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("", CreateAsync)
            .WithName("CreateAgreement")
            .WithSummary("Creates an agreement (version 1) with a client department, or '*' for every department.")
            .WithDescription("The id is '<provider>.<client or all>.<all-services | category-<id> | service-<slug>>'. One agreement in force per client and scope: another one is a 409.")
            .Accepts<AgreementDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("{agreementId}", UpdateAsync)
            .WithName("UpdateAgreement")
            .WithSummary("Publishes a new version of an agreement; earlier versions stay as they were.")
            .WithDescription("The client and scope cannot change. With expectedVersion, the update is refused (409) unless it is the current version; a retired agreement is a 409.")
            .Accepts<AgreementDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("{agreementId}/retire", RetireAsync)
            .WithName("RetireAgreement")
            .WithSummary("Retires an agreement: new requests no longer use it; its versions stay readable.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<Agreement>>> ListAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId) =>
        TypedResults.Ok(await Book(grains, providerDepartmentId).ListAsync());

    internal static async Task<Ok<IReadOnlyList<Agreement>>> GetVersionsAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string agreementId) =>
        TypedResults.Ok(await Book(grains, providerDepartmentId).GetVersionsAsync(agreementId));

    internal static async Task<Results<Created<Agreement>, ValidationProblem>> CreateAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var book = Book(grains, providerDepartmentId);
        RequireManager(me, providerDepartmentId);
        var (draft, bodyErrors) = await JsonBody.ReadAsync<AgreementDraft>(request, cancellationToken);
        if (draft is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        // The book checks an update's version; a creation does not use one, but a nonsensical one is a mistake to say.
        if (draft.ExpectedVersion is < 1)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["expectedVersion"] = ["Must be 1 or more."] });
        }

        var agreement = await book.CreateAsync(draft);
        return TypedResults.Created(
            $"/api/agreements/{Uri.EscapeDataString(providerDepartmentId)}/{Uri.EscapeDataString(agreement.Id)}", agreement);
    }

    internal static async Task<Results<Ok<Agreement>, ValidationProblem>> UpdateAsync(
        [FromServices] IGrainFactory grains,
        string providerDepartmentId,
        string agreementId,
        SignedIn me,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var book = Book(grains, providerDepartmentId);
        RequireManager(me, providerDepartmentId);
        var (draft, bodyErrors) = await JsonBody.ReadAsync<AgreementDraft>(request, cancellationToken);
        if (draft is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        return TypedResults.Ok(await book.UpdateAsync(agreementId, draft));
    }

    internal static async Task<Ok<Agreement>> RetireAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string agreementId, SignedIn me)
    {
        var book = Book(grains, providerDepartmentId);
        RequireManager(me, providerDepartmentId);
        return TypedResults.Ok(await book.RetireAsync(agreementId));
    }

    /// <summary>Agreements bind the provider: only its managers (or a catalogue administrator) change them.</summary>
    private static void RequireManager(SignedIn me, string providerDepartmentId) =>
        SignedIn.Require(AccessPolicy.CanManage(me.Viewer, providerDepartmentId),
            $"Only managers of '{providerDepartmentId}' or catalogue administrators may change its agreements.");

    internal static async Task<Results<Ok<ResolvedClocks>, ValidationProblem>> ResolveAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string? serviceId, string? client)
    {
        var book = Book(grains, providerDepartmentId);
        var departments = (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (!departments.Contains(providerDepartmentId))
        {
            throw new CatalogNotFoundException("department", providerDepartmentId);
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(serviceId))
        {
            errors.Add("serviceId", $"Required: the id of a service of '{providerDepartmentId}'.");
        }
        else if (CatalogueIds.DepartmentOf(serviceId) != providerDepartmentId)
        {
            errors.Add("serviceId", $"'{serviceId}' is not a service of '{providerDepartmentId}'.");
        }

        if (string.IsNullOrEmpty(client))
        {
            errors.Add("client", $"Required: the client department's id, or '{AgreementDraft.AnyClient}' for any department.");
        }
        else if (client != AgreementDraft.AnyClient && !departments.Contains(client))
        {
            errors.Add("client", $"Unknown department '{client}'.");
        }

        if (!errors.IsEmpty)
        {
            return InputProblems.Invalid(errors.ToDictionary());
        }

        // A malformed id cannot exist: answer 404 without activating a grain for it.
        if (!CatalogueIds.IsServiceId(serviceId))
        {
            throw new CatalogNotFoundException("service", serviceId!);
        }

        var service = await grains.GetService(serviceId!).GetAsync();
        return TypedResults.Ok(await book.ResolveAsync(service.Current, client!));
    }

    /// <summary>The provider's book; a malformed department id cannot exist, so it is a 404 without activating a grain.</summary>
    private static IAgreementBookGrain Book(IGrainFactory grains, string providerDepartmentId) =>
        CatalogueIds.IsDepartmentId(providerDepartmentId)
            ? grains.GetAgreementBook(providerDepartmentId)
            : throw new CatalogNotFoundException("department", providerDepartmentId);

}
