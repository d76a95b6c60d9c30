using System.Globalization;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Errors;
using Catalog.Forecasts;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Catalog.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Forecasts;

/// <summary>
/// Promised dates and breach forecasts over HTTP (issue 12): the range the filing form shows, the forecast of each
/// open request of a provider's queue, one request's promise (recorded at filing, and now), and how good the
/// forecasts were on the provider's replayed history (managers and auditors).
/// </summary>
public static class ForecastsApi
{
    private const string Tag = "Forecasts";

    /// <summary>Maps /api/forecasts.</summary>
    public static IEndpointRouteBuilder MapForecastsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api/forecasts").WithTags(Tag);
        api.MapGet("promise", PromiseAsync)
            .WithName("GetPromise")
            .WithSummary("When a request of a service filed now would most likely be done (50 %) and at the latest (90 %).")
            .WithDescription("Query: service (required), client (the filing department; default: your own). The promise is null while the provider has too little history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("queues/{departmentId}", QueueAsync)
            .WithName("GetQueueForecast")
            .WithSummary("The breach probability of the next clock and the current promise of each open request a department provides.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("requests/{id}", RequestAsync)
            .WithName("GetRequestForecast")
            .WithSummary("A request's promise as recorded at filing, its forecast now (while open), and whether the 90 % date held.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("promises/{departmentId}", PromisesHeldAsync)
            .WithName("GetPromisesHeld")
            .WithSummary("How often a provider's promised dates held (resolved by the 90 % and 50 % dates recorded at filing): published like the scorecards.")
            .WithDescription("Query: days (1 to 366, default 90): requests filed that many days back.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("quality/{departmentId}", QualityAsync)
            .WithName("GetForecastQuality")
            .WithSummary("How often a provider's promised dates held, and the breach forecast's Brier score on its replayed history against the base rate and the share-of-target rule.")
            .WithDescription("Query: days (1 to 366, default 90). Managers of the department, catalogue administrators and auditors.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<PromiseAnswer>, ValidationProblem>> PromiseAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string? service, string? client)
    {
        if (string.IsNullOrWhiteSpace(service))
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["service"] = ["Required: the service's id."] });
        }

        var clientDepartment = string.IsNullOrWhiteSpace(client) ? me.Viewer.DepartmentId : client.Trim();
        if (clientDepartment is null)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["client"] = ["You belong to no department: name the filing department."] });
        }

        var serviceId = service.Trim();
        if (!Domain.Catalogue.CatalogueIds.IsServiceId(serviceId))
        {
            throw new CatalogNotFoundException("service", serviceId);
        }

        var details = await grains.GetService(serviceId).GetAsync();
        var entry = details.Current;
        if (!AccessPolicy.CanSeeService(me.Viewer, entry.DepartmentId, entry.EligibleDepartments))
        {
            throw new CatalogNotFoundException("service", serviceId);
        }

        SignedIn.Require(AccessPolicy.CanFileFor(me.Viewer, clientDepartment), $"Only people of '{clientDepartment}' may file for it.");
        var promise = await grains.GetForecast(entry.DepartmentId).PromiseAsync(serviceId, clientDepartment);
        return TypedResults.Ok(new PromiseAnswer(serviceId, entry.DepartmentId, clientDepartment, promise));
    }

    internal static async Task<Ok<QueueForecast>> QueueAsync([FromServices] IGrainFactory grains, string departmentId, SignedIn me)
    {
        await QueuesApi.EnsureDepartmentAsync(grains, departmentId);
        QueuesApi.RequireQueue(me, departmentId);
        return TypedResults.Ok(await grains.GetForecast(departmentId).QueueAsync());
    }

    internal static async Task<Ok<RequestPromise>> RequestAsync([FromServices] IGrainFactory grains, string id, SignedIn me)
    {
        // Not a request id (a blank or control character cannot even be a grain key): no such request.
        var recorded = RequestIds.IsRequestId(id)
            ? await grains.GetRequestForecast(id).GetPromiseAsync()
            : throw new CatalogNotFoundException("request", id);
        if (!AccessPolicy.CanSeeRequest(me.Viewer, recorded.ProviderDepartmentId, recorded.ClientDepartmentId))
        {
            // Outside its two departments a request is not found, exactly like one that does not exist.
            throw new CatalogNotFoundException("request", id);
        }

        var now = Domain.Sla.RequestLifecycle.IsActive(recorded.Status)
            ? await grains.GetForecast(recorded.ProviderDepartmentId).RequestAsync(recorded.RequestId)
            : null;
        return TypedResults.Ok(new RequestPromise(recorded.RequestId, recorded.Promise, now, recorded.ResolvedAt));
    }

    internal static async Task<Results<Ok<PromisesHeld>, ValidationProblem>> PromisesHeldAsync(
        [FromServices] IGrainFactory grains, string departmentId, string? days)
    {
        if (Days(days) is not { } span)
        {
            return DaysProblem();
        }

        await QueuesApi.EnsureDepartmentAsync(grains, departmentId);
        return TypedResults.Ok(await grains.GetForecast(departmentId).PromisesHeldAsync(span));
    }

    internal static async Task<Results<Ok<ForecastQuality>, ValidationProblem>> QualityAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, string? days)
    {
        if (Days(days) is not { } span)
        {
            return DaysProblem();
        }

        await QueuesApi.EnsureDepartmentAsync(grains, departmentId);
        SignedIn.Require(AccessPolicy.CanManage(me.Viewer, departmentId) || me.Viewer.Auditor,
            $"Only managers of '{departmentId}' and auditors may see how its forecasts fared.");
        return TypedResults.Ok(await grains.GetForecast(departmentId).QualityAsync(span));
    }

    // The days query value: 90 when absent, null when not a whole number from 1 to 366.
    private static int? Days(string? days) =>
        string.IsNullOrWhiteSpace(days) ? 90
        : int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is >= 1 and <= 366 ? span
        : null;

    private static ValidationProblem DaysProblem() =>
        InputProblems.Invalid(new Dictionary<string, string[]> { ["days"] = ["Must be a whole number from 1 to 366."] });
}
