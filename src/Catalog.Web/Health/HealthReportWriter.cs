using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Health;

/// <summary>Writes the readiness report as JSON, so an operator sees which dependency is down.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsJsonAsync(body);
    }
}
