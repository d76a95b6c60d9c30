using Catalog.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Requests;

/// <summary>The silo's clock over HTTP: pages show live SLA clocks from it, even when a demo runs it fast.</summary>
public static class ClockApi
{
    private const string Tag = "Clock";

    /// <summary>Maps /api/clock.</summary>
    public static IEndpointRouteBuilder MapClockApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/clock").WithTags(Tag)
            .MapGet("", GetAsync)
            .WithName("GetClock")
            .WithSummary("The silo's current instant (now) and how many of its seconds pass per real second (speed, 1 unless a demo accelerates it).");
        return endpoints;
    }

    internal static async Task<Ok<ClockStatus>> GetAsync([FromServices] IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IClockGrain>(0).GetAsync());
}
