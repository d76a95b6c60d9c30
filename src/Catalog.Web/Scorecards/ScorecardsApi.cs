using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Domain.Scorecards;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Web.Access;
using Catalog.Web.Forecasts;
using Catalog.Web.Problems;
using Catalog.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Scorecards;

/// <summary>
/// Published scorecards over HTTP: per service, per provider department and per provider → client pair, for a
/// period of whole days in the provider's zone (<c>from</c>, <c>to</c>: yyyy-MM-dd, both included; default the
/// last twelve weeks), as JSON or CSV with the same figures. Every signed-in person may read them: the standards are
/// public. They carry figures only, never a request's title, requester or text. Computed from the stored facts.
/// </summary>
public static class ScorecardsApi
{
    private const string Tag = "Scorecards";

    /// <summary>Maps /api/scorecards.</summary>
    public static IEndpointRouteBuilder MapScorecardsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("api/scorecards").WithTags(Tag);
        const string period = "Period: from and to (yyyy-MM-dd, both included, in the provider's zone; default the twelve weeks up to today; at most two years).";

        group.MapGet("services/{serviceId}", ServiceAsync)
            .WithName("GetServiceScorecard").WithSummary("A service's scorecard.").WithDescription(period)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("services/{serviceId}/export", ExportServiceAsync)
            .WithName("ExportServiceScorecard").WithSummary("A service's scorecard as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("providers/{departmentId}", ProviderAsync)
            .WithName("GetProviderScorecard").WithSummary("A provider department's scorecard, every service together.").WithDescription(period)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("providers/{departmentId}/export", ExportProviderAsync)
            .WithName("ExportProviderScorecard").WithSummary("A provider department's scorecard as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("pairs/{providerDepartmentId}/{clientDepartmentId}", PairAsync)
            .WithName("GetPairScorecard").WithSummary("The scorecard of a provider towards one client department.").WithDescription(period)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("pairs/{providerDepartmentId}/{clientDepartmentId}/export", ExportPairAsync)
            .WithName("ExportPairScorecard").WithSummary("The scorecard of a provider towards one client department, as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<ScorecardView>, ValidationProblem>> ServiceAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string serviceId, [AsParameters] ScorecardParameters period) =>
        Json(await ServiceViewAsync(grains, me, serviceId, period));

    internal static async Task<IResult> ExportServiceAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string serviceId, [AsParameters] ScorecardParameters period) =>
        await CsvAsync(grains, await ServiceViewAsync(grains, me, serviceId, period), $"scorecard-{serviceId}");

    internal static async Task<Results<Ok<ScorecardView>, ValidationProblem>> ProviderAsync(
        [FromServices] IGrainFactory grains, string departmentId, [AsParameters] ScorecardParameters period) =>
        Json(await ProviderViewAsync(grains, departmentId, null, period));

    internal static async Task<IResult> ExportProviderAsync(
        [FromServices] IGrainFactory grains, string departmentId, [AsParameters] ScorecardParameters period) =>
        await CsvAsync(grains, await ProviderViewAsync(grains, departmentId, null, period), $"scorecard-{departmentId}");

    internal static async Task<Results<Ok<ScorecardView>, ValidationProblem>> PairAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string clientDepartmentId, [AsParameters] ScorecardParameters period) =>
        Json(await ProviderViewAsync(grains, providerDepartmentId, clientDepartmentId, period));

    internal static async Task<IResult> ExportPairAsync(
        [FromServices] IGrainFactory grains, string providerDepartmentId, string clientDepartmentId, [AsParameters] ScorecardParameters period) =>
        await CsvAsync(grains, await ProviderViewAsync(grains, providerDepartmentId, clientDepartmentId, period), $"scorecard-{providerDepartmentId}-{clientDepartmentId}");

    private static Results<Ok<ScorecardView>, ValidationProblem> Json((ScorecardView? View, Dictionary<string, string[]> Errors) result) =>
        result.View is { } view ? TypedResults.Ok(view) : InputProblems.Invalid(result.Errors);

    private static async Task<IResult> CsvAsync(IGrainFactory grains, (ScorecardView? View, Dictionary<string, string[]> Errors) result, string name)
    {
        if (result.View is not { } view)
        {
            return InputProblems.Invalid(result.Errors);
        }

        var csv = ScorecardCsv.Write(view);
        ScorecardPromises.Write(csv, await ScorecardPromises.ReadAsync(grains, view), ScorecardPromises.Days(view));
        return csv.ToFile($"{name}-{Scorecard.Format(view.From)}-{Scorecard.Format(view.To)}.csv");
    }

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ServiceViewAsync(
        IGrainFactory grains, SignedIn me, string serviceId, ScorecardParameters period)
    {
        // A service offered only to other departments answers 404 like an unknown one, as in the catalogue.
        if (!CatalogueIds.IsServiceId(serviceId))
        {
            throw new CatalogNotFoundException("service", serviceId);
        }

        var service = (await grains.GetService(serviceId).GetAsync()).Current;
        if (!AccessPolicy.CanSeeService(me.Viewer, service.DepartmentId, service.EligibleDepartments))
        {
            throw new CatalogNotFoundException("service", serviceId);
        }

        return await ComputeAsync(grains, "service", service.DepartmentId, null, service, period);
    }

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ProviderViewAsync(
        IGrainFactory grains, string providerDepartmentId, string? clientDepartmentId, ScorecardParameters period)
    {
        await QueuesApi.EnsureDepartmentAsync(grains, providerDepartmentId);
        if (clientDepartmentId is not null)
        {
            await QueuesApi.EnsureDepartmentAsync(grains, clientDepartmentId);
        }

        return await ComputeAsync(grains, clientDepartmentId is null ? "provider" : "pair", providerDepartmentId, clientDepartmentId, null, period);
    }

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ComputeAsync(
        IGrainFactory grains, string subject, string provider, string? client, ServiceEntry? service, ScorecardParameters parameters)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var clock = await grains.GetGrain<IClockGrain>(0).GetAsync();
        var providerCalendar = await ScorecardCalendars.LoadAsync(grains, [provider]);
        var zone = providerCalendar(provider).TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.Now, zone).DateTime);
        if (ScorecardPeriod.Parse(parameters.From, parameters.To, today, errors) is not { } period)
        {
            return (null, errors);
        }

        var (start, end) = (period.Start(zone), period.End(zone));
        var slice = await grains.GetScorecardFacts().ListAsync(new FactsQuery(
            service is null ? provider : null, service?.Id, client, start, end));
        var calendars = await ScorecardCalendars.LoadAsync(grains, FactsMapping.Departments(slice, provider));
        var figures = Scorecard.Compute(new ScorecardInput(
            slice.Requests.Select(FactsMapping.ToScored).ToArray(),
            slice.Surveys.Select(FactsMapping.ToScored).ToArray(),
            slice.Complaints.Select(FactsMapping.ToScored).ToArray(),
            start, end, clock.Now, zone, calendars));
        return (new ScorecardView(subject, provider, client, service?.Id, service?.Name, period.From, period.To, zone.Id, clock.Now, figures), errors);
    }
}
