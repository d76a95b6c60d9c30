using System.Globalization;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Reviews;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Catalog.Web.Requests;
using Catalog.Web.Scorecards;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Reviews;

/// <summary>
/// The annual review of a provider department over HTTP (JSON for the printable page, and CSV): demand per service
/// and client, unused services, what clients asked for outside the catalogue, services missing their standard most,
/// costs, complaints and satisfaction over a calendar year of the provider's zone. Every signed-in person may read
/// its figures; the "other request" texts only the provider's own people and auditors (see <see cref="ReviewView"/>).
/// </summary>
public static class ReviewsApi
{
    private const string Tag = "Reviews";

    /// <summary>Maps /api/reviews.</summary>
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("api/reviews").WithTags(Tag);
        group.MapGet("{departmentId}/{year}", GetAsync)
            .WithName("GetAnnualReview").WithSummary("A provider department's annual review (year: 2000 to 2199, in the provider's zone).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("{departmentId}/{year}/export", ExportAsync)
            .WithName("ExportAnnualReview").WithSummary("A provider department's annual review as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<ReviewView>, ValidationProblem>> GetAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string departmentId, string year) =>
        await ReviewAsync(grains, me, departmentId, year) is var (view, errors) && view is not null
            ? TypedResults.Ok(view)
            : InputProblems.Invalid(errors);

    internal static async Task<IResult> ExportAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string departmentId, string year) =>
        await ReviewAsync(grains, me, departmentId, year) is var (view, errors) && view is not null
            ? ReviewCsv.Write(view).ToFile($"review-{departmentId}-{view.Year}.csv")
            : InputProblems.Invalid(errors);

    private static async Task<(ReviewView?, Dictionary<string, string[]>)> ReviewAsync(
        IGrainFactory grains, SignedIn me, string departmentId, string yearText)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2199)
        {
            errors["year"] = ["Must be a year from 2000 to 2199."];
            return (null, errors);
        }

        await QueuesApi.EnsureDepartmentAsync(grains, departmentId);
        var clock = await grains.GetGrain<IClockGrain>(0).GetAsync();
        var zone = (await ScorecardCalendars.LoadAsync(grains, [departmentId]))(departmentId).TimeZone;
        var start = ScorecardPeriod.StartOfDay(new DateOnly(year, 1, 1), zone);
        var end = ScorecardPeriod.StartOfDay(new DateOnly(year + 1, 1, 1), zone);

        // Every entry of the provider; a retired one counts when it had requests that year, never as unused.
        var catalogue = await grains.GetCatalogueIndex().SearchAsync(
            new CatalogueQuery(DepartmentId: departmentId, IncludeRetired: true, ViewerSeesAll: true));
        var slice = await grains.GetScorecardFacts().ListAsync(new FactsQuery(departmentId, null, null, start, end));
        var calendars = await ScorecardCalendars.LoadAsync(grains, FactsMapping.Departments(slice, departmentId));
        var figures = AnnualReview.Compute(new ReviewInput(
            year,
            catalogue.Items.Where(s => !s.Retired).Select(s => new ReviewService(s.Id, OtherRequestEntries.Is(s.Id))).ToArray(),
            slice.Requests.Select(FactsMapping.ToScored).ToArray(),
            slice.Surveys.Select(FactsMapping.ToScored).ToArray(),
            slice.Complaints.Select(FactsMapping.ToScored).ToArray(),
            start, end, zone, calendars));

        // Entries offered only to other departments stay out of the review of someone who may not see them.
        var hidden = catalogue.Items
            .Where(s => !AccessPolicy.CanSeeService(me.Viewer, s.DepartmentId, s.EligibleDepartments ?? []))
            .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var showsTexts = AccessPolicy.CanSeeQueue(me.Viewer, departmentId);
        figures = figures with
        {
            DemandByService = figures.DemandByService.Where(s => !hidden.Contains(s.ServiceId)).ToArray(),
            UnusedServices = figures.UnusedServices.Where(s => !hidden.Contains(s)).ToArray(),
            MostMissed = figures.MostMissed.Where(s => !hidden.Contains(s.ServiceId)).ToArray(),
            OtherRequestGroups = showsTexts ? figures.OtherRequestGroups : [],
        };
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var r in slice.Requests)
        {
            names[r.ServiceId] = r.ServiceName;
        }

        foreach (var s in catalogue.Items)
        {
            names[s.Id] = s.Name;
        }

        foreach (var id in hidden)
        {
            names.Remove(id);
        }

        return (new ReviewView(departmentId, year, zone.Id, clock.Now, showsTexts, names, figures), errors);
    }
}
