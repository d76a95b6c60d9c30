using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Orleans.Runtime;

namespace Catalog.Storage.Tables;

/// <summary>Opens a provider's Azure table at silo start, failing fast and saying why, never with the key.</summary>
public static class TableOpener
{
    /// <summary>
    /// The service endpoint as messages may show it: a SAS token travels in the query string, so the query is dropped.
    /// </summary>
    public static string EndpointWithoutSas(Uri endpoint) => new UriBuilder(endpoint) { Query = string.Empty }.Uri.ToString();

    /// <summary>
    /// Creates the table of <paramref name="options"/> if it is missing and returns its client with the endpoint as
    /// messages may show it. When the account answers with an error, its retries are spent or nothing answers within
    /// <see cref="AzureTableConnectionOptions.InitializationTimeout"/>, calls <paramref name="onFailed"/> with the
    /// cause, the endpoint and the time spent (for the caller's log), then throws an <see cref="OrleansException"/>
    /// that starts with <paramref name="what"/> (e.g. "The audit trail") and names the table and endpoint.
    /// </summary>
    public static async Task<(TableClient Table, string Endpoint)> OpenAsync(
        AzureTableConnectionOptions options,
        string what,
        Action<Exception, string, TimeSpan> onFailed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onFailed);
        var service = options.TableServiceClient ?? new TableServiceClient(options.ConnectionString, options.ClientOptions);
        var endpoint = EndpointWithoutSas(service.Uri);
        var tableName = options.TableName;
        var timeout = options.InitializationTimeout;
        var tableClient = service.GetTableClient(tableName);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await tableClient.CreateIfNotExistsAsync(timeoutSource.Token).ConfigureAwait(false);
            return (tableClient, endpoint);
        }
        // The SDK throws RequestFailedException for an answer it will not retry, AggregateException once its
        // retries are spent (connection refused, DNS), and cancellation when our timeout fires first.
        catch (Exception ex) when (ex is RequestFailedException or AggregateException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var elapsed = stopwatch.Elapsed;
            onFailed(ex, endpoint, elapsed);
            var reason = ex switch
            {
                OperationCanceledException => $"no answer within {timeout.TotalSeconds:0.#} s",
                AggregateException { InnerExceptions.Count: > 0 } retries =>
                    $"{retries.InnerExceptions.Count} attempts failed, the last with \"{FirstLine(retries.InnerExceptions[^1].Message)}\"",
                _ => FirstLine(ex.Message),
            };
            throw new OrleansException(
                $"{what} could not create or open table '{tableName}' at {endpoint} after " +
                $"{elapsed.TotalSeconds:0.#} s: {reason}. Check that the storage account is reachable and the " +
                "connection string or client is right.",
                ex);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
