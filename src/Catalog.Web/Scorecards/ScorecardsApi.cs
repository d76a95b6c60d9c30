using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Domain.Scorecards;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Catalog.Web.Requests;
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

        group.MapGet("services/{serviceId}", async (IGrainFactory grains, SignedIn me, string serviceId, string? from, string? to) =>
                await ServiceAsync(grains, me, serviceId, from, to) is var (view, errors) && view is not null ? Results.Ok(view) : InputProblems.Invalid(errors))
            .WithName("GetServiceScorecard").WithSummary("A service's scorecard.").WithDescription(period)
            .Produces<ScorecardView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("services/{serviceId}/export", async (IGrainFactory grains, SignedIn me, string serviceId, string? from, string? to) =>
                Csv(await ServiceAsync(grains, me, serviceId, from, to), $"scorecard-{serviceId}"))
            .WithName("ExportServiceScorecard").WithSummary("A service's scorecard as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("providers/{departmentId}", async (IGrainFactory grains, string departmentId, string? from, string? to) =>
                await ProviderAsync(grains, departmentId, null, from, to) is var (view, errors) && view is not null ? Results.Ok(view) : InputProblems.Invalid(errors))
            .WithName("GetProviderScorecard").WithSummary("A provider department's scorecard, every service together.").WithDescription(period)
            .Produces<ScorecardView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("providers/{departmentId}/export", async (IGrainFactory grains, string departmentId, string? from, string? to) =>
                Csv(await ProviderAsync(grains, departmentId, null, from, to), $"scorecard-{departmentId}"))
            .WithName("ExportProviderScorecard").WithSummary("A provider department's scorecard as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("pairs/{providerDepartmentId}/{clientDepartmentId}", async (IGrainFactory grains, string providerDepartmentId, string clientDepartmentId, string? from, string? to) =>
                await ProviderAsync(grains, providerDepartmentId, clientDepartmentId, from, to) is var (view, errors) && view is not null ? Results.Ok(view) : InputProblems.Invalid(errors))
            .WithName("GetPairScorecard").WithSummary("The scorecard of a provider towards one client department.").WithDescription(period)
            .Produces<ScorecardView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("pairs/{providerDepartmentId}/{clientDepartmentId}/export", async (IGrainFactory grains, string providerDepartmentId, string clientDepartmentId, string? from, string? to) =>
                Csv(await ProviderAsync(grains, providerDepartmentId, clientDepartmentId, from, to), $"scorecard-{providerDepartmentId}-{clientDepartmentId}"))
            .WithName("ExportPairScorecard").WithSummary("The scorecard of a provider towards one client department, as CSV.").WithDescription(period)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static IResult Csv((ScorecardView? View, Dictionary<string, string[]> Errors) result, string name) =>
        result.View is { } view
            ? ScorecardCsv.Write(view).ToFile($"{name}-{Scorecard.Format(view.From)}-{Scorecard.Format(view.To)}.csv")
            : InputProblems.Invalid(result.Errors);

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ServiceAsync(
        IGrainFactory grains, SignedIn me, string serviceId, string? from, string? to)
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

        return await ComputeAsync(grains, "service", service.DepartmentId, null, service, from, to);
    }

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ProviderAsync(
        IGrainFactory grains, string providerDepartmentId, string? clientDepartmentId, string? from, string? to)
    {
        await QueuesApi.EnsureDepartmentAsync(grains, providerDepartmentId);
        if (clientDepartmentId is not null)
        {
            await QueuesApi.EnsureDepartmentAsync(grains, clientDepartmentId);
        }

        return await ComputeAsync(grains, clientDepartmentId is null ? "provider" : "pair", providerDepartmentId, clientDepartmentId, null, from, to);
    }

    private static async Task<(ScorecardView?, Dictionary<string, string[]>)> ComputeAsync(
        IGrainFactory grains, string subject, string provider, string? client, ServiceEntry? service, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var clock = await grains.GetGrain<IClockGrain>(0).GetAsync();
        var providerCalendar = await ScorecardCalendars.LoadAsync(grains, [provider]);
        var zone = providerCalendar(provider).TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.Now, zone).DateTime);
        if (ScorecardPeriod.Parse(from, to, today, errors) is not { } period)
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
