using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Catalog.Web.Health;

/// <summary>/health/live answers while the process runs; /health/ready checks the silo and Azure Storage.</summary>
public static class HealthEndpoints
{
    /// <summary>Tag of the checks that /health/ready runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Maps both health endpoints.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithName("HealthLive");
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithName("HealthReady");
        return endpoints;
    }
}
