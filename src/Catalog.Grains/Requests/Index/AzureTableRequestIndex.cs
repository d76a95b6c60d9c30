using System.Diagnostics;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Catalog.Requests;
using Catalog.Storage.Tables;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The request index on one Azure table (see <see cref="RequestIndexKeys"/> and <see cref="RequestIndexEntity"/>):
/// two rows per request, one in its provider's partition and one in its client's. A listing reads one partition
/// with the query's equality filters applied by the service, then sorts in memory (a table has one sort order, by
/// row key) and cuts the page. Writes replace both rows whole; the request grain writes one request at a time, so
/// the last write is the newest. A request's provider and client never change, so its rows never move.
/// </summary>
public sealed partial class AzureTableRequestIndex : IRequestIndex, ILifecycleParticipant<ISiloLifecycle>
{
    private const int PageSize = 1000;

    private readonly RequestIndexOptions options;
    private readonly ILogger logger;
    private readonly TableBatchWriter writer;
    private TableClient? table;

    /// <summary>
    /// Creates the index; <see cref="InitializeAsync"/> must run before it is used. Rows go through the silo's group
    /// commit (<paramref name="writer"/>; a writer of its own when none is given).
    /// </summary>
    public AzureTableRequestIndex(IOptions<RequestIndexOptions> options, ILogger<AzureTableRequestIndex> logger, TableBatchWriter? writer = null)
    {
        this.options = options.Value;
        this.logger = logger;
        this.writer = writer ?? new TableBatchWriter();
    }

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"The request index on table '{options.TableName}' is used before the silo started it.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(AzureTableRequestIndex), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>
    /// Creates the table if it is missing. Fails within <see cref="RequestIndexOptions.InitializationTimeout"/> with a
    /// message naming the endpoint and table (never the key) when the account cannot be reached.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            options,
            "The request index",
            (ex, url, elapsed) => LogInitializationFailed(logger, ex, options.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, options.TableName, endpoint);
    }

    /// <inheritdoc />
    public async Task UpsertAsync(RequestSummary summary, IReadOnlyList<SlaDeadline> pendingDeadlines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(pendingDeadlines);
        var tableClient = Table;
        var started = Stopwatch.GetTimestamp();

        // Two partitions, so no transaction of their own: each row is replaced whole (a retry after a failure
        // converges) and joins whatever else its partition is writing at the same moment (one round trip for many).
        await Task.WhenAll(
            writer.UpsertAsync(tableClient, RequestIndexEntity.Create(QueueRole.Provider, summary, pendingDeadlines)),
            writer.UpsertAsync(tableClient, RequestIndexEntity.Create(QueueRole.Client, summary, pendingDeadlines)))
            .ConfigureAwait(false);
        CatalogMetrics.StorageCall(options.TableName, "upsert", started);
    }

    /// <inheritdoc />
    public async Task RemoveProviderRowAsync(string providerDepartmentId, string requestId, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();

        // A delete of a row already gone is the outcome wanted.
        await writer.DeleteAsync(Table, RequestIndexKeys.Partition(QueueRole.Provider, providerDepartmentId), RequestIndexKeys.Row(requestId))
            .ConfigureAwait(false);
        CatalogMetrics.StorageCall(options.TableName, "delete", started);
    }

    /// <inheritdoc />
    public async Task<QueuePage> QueryAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = Filter(query);
        var matches = new List<RequestSummary>();
        var started = Stopwatch.GetTimestamp();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, PageSize, RequestIndexEntity.SummaryColumns, cancellationToken)
            .ConfigureAwait(false))
        {
            var summary = RequestIndexEntity.ToSummary(entity);

            // The service applied every filter; this only guards against a row written by another version.
            if (QueueOrder.Matches(query, summary))
            {
                matches.Add(summary);
            }
        }

        CatalogMetrics.StorageCall(options.TableName, "query", started);
        return QueueOrder.Page(matches, query.Limit);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<(string RequestId, IReadOnlyList<SlaDeadline> Deadlines)> ListPendingAsync(
        string providerDepartmentId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var partition = RequestIndexKeys.Partition(QueueRole.Provider, providerDepartmentId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and HasPending eq {true}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, PageSize, RequestIndexEntity.PendingColumns, cancellationToken)
            .ConfigureAwait(false))
        {
            var requestId = entity.GetString(RequestIndexEntity.RequestId);
            var json = entity.GetString(RequestIndexEntity.Deadlines);
            SlaDeadline[] deadlines;
            try
            {
                deadlines = requestId is null || json is null ? [] : PendingDeadlinesFormat.Read(json);
            }
            catch (FormatException ex)
            {
                // One damaged row must not keep a monitor from every other deadline: reported, then left out.
                LogDamagedDeadlines(logger, ex, entity.PartitionKey, entity.RowKey, options.TableName);
                continue;
            }

            if (requestId is not null && deadlines.Length > 0)
            {
                yield return (requestId, deadlines);
            }
        }
    }

    /// <summary>The service-side filter of a listing: the queue's partition and every equality the query asks for.</summary>
    internal static string Filter(QueueQuery query)
    {
        var partition = RequestIndexKeys.Partition(query.Role, query.DepartmentId);
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition}") };
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Distinct().Select(s => TableClient.CreateQueryFilter($"Status eq {(int)s}"))) + ")");
        }

        if (query.ServiceId is { } serviceId)
        {
            parts.Add(TableClient.CreateQueryFilter($"ServiceId eq {serviceId}"));
        }

        if (query.AtRisk is { } atRisk)
        {
            parts.Add(TableClient.CreateQueryFilter($"AtRisk eq {atRisk}"));
        }

        if (query.Breached is { } breached)
        {
            parts.Add(TableClient.CreateQueryFilter($"Breached eq {breached}"));
        }

        // Only "true" goes to the service: a row written before the column existed lacks it, so "eq false" would drop
        // it; the in-memory check (QueueOrder.Matches) reads a missing column as false.
        if (query.AwaitingApproval is true)
        {
            parts.Add(TableClient.CreateQueryFilter($"AwaitingApproval eq {true}"));
        }

        if (query.CounterpartDepartmentId is { } counterpart)
        {
            parts.Add(query.Role == QueueRole.Provider
                ? TableClient.CreateQueryFilter($"ClientDepartmentId eq {counterpart}")
                : TableClient.CreateQueryFilter($"ProviderDepartmentId eq {counterpart}"));
        }

        return string.Join(" and ", parts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The request index is ready on table {TableName} at {Endpoint}")]
    private static partial void LogInitialized(ILogger logger, string tableName, string endpoint);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The request index could not create or open table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogInitializationFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The request index row {PartitionKey}/{RowKey} in table {TableName} holds unreadable deadlines; its monitor skips it")]
    private static partial void LogDamagedDeadlines(ILogger logger, Exception exception, string partitionKey, string rowKey, string tableName);
}
