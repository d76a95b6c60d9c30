using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Health;

/// <summary>Ready only while Azure Table Storage answers.</summary>
internal sealed class TableStorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token))
            {
                break;
            }

            return HealthCheckResult.Healthy($"Table storage at {tables.Uri} answers.");
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException)
        {
            return HealthCheckResult.Unhealthy($"Table storage at {tables.Uri} does not answer: {ex.Message}");
        }
    }
}
