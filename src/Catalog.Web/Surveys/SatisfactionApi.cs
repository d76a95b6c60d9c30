using System.Globalization;
using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Domain.Surveys;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Surveys;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Surveys;

/// <summary>
/// The published satisfaction figures: per service, per team and per department pair, for a period, computed from
/// the stored answers. Every signed-in person may read them (the standards are public); the comments that come
/// with them are those the reader may read (<see cref="SurveyAccess.CanReadPublishedComment"/>).
/// </summary>
public static class SatisfactionApi
{
    /// <summary>The period when none is given: the last 90 days.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(90);

    /// <summary>The longest period asked at once.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(400);

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Maps /api/satisfaction.</summary>
    public static IEndpointRouteBuilder MapSatisfactionApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/satisfaction").WithTags("Surveys")
            .MapGet("", GetAsync)
            .WithName("GetSatisfaction")
            .WithSummary("Satisfaction for a period: overall, by service, by team and by department pair (offered, answered, mean, distribution of 1–5, response rate = answered / offered).")
            .WithDescription("provider: a provider department (all when left out); from, to: ISO 8601 instants, the surveys offered in [from, to) (default the last 90 days, at most 400 days). Comments: all of a provider's for its people and auditors, otherwise only those written in the reader's department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<SatisfactionReport>, ValidationProblem>> GetAsync(
        IGrainFactory grains, SignedIn me, string? provider, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var start = Instant("from", from, errors);
        var end = Instant("to", to, errors);
        var department = string.IsNullOrWhiteSpace(provider) ? null : provider.Trim();
        if (department is not null && !CatalogueIds.IsDepartmentId(department))
        {
            errors["provider"] = ["Not a department id, such as \"it\"."];
        }

        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var now = (await grains.GetGrain<IClockGrain>(0).GetAsync()).Now;
        var periodEnd = end ?? (start is { } s && s + DefaultPeriod < now ? s + DefaultPeriod : now);
        var periodStart = start ?? periodEnd - DefaultPeriod;
        if (periodStart >= periodEnd)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["from"] = ["Must be before 'to'."] });
        }

        if (periodEnd - periodStart > MaxPeriod)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["from"] = [$"At most {MaxPeriod.TotalDays:0} days before 'to'."] });
        }

        if (department is not null && !(await grains.GetCatalogueIndex().ListDepartmentsAsync()).Any(d => d.Id == department))
        {
            throw new CatalogNotFoundException("department", department);
        }

        var report = await grains.GetSatisfaction().GetReportAsync(new SatisfactionQuery(department, periodStart, periodEnd));
        return TypedResults.Ok(report with
        {
            Comments = [.. report.Comments.Where(c => SurveyAccess.CanReadPublishedComment(me.Viewer, c.ProviderDepartmentId, c.ClientDepartmentId))],
        });
    }

    private static DateTimeOffset? Instant(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && instant >= Earliest && instant < Latest)
        {
            return instant;
        }

        errors[name] = ["Must be an ISO 8601 instant between 2000 and 2200, such as 2026-11-23T14:00:00Z."];
        return null;
    }
}
