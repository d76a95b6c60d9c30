using System.Diagnostics;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Catalog.Audit;
using Catalog.Grains.Hosting;
using Catalog.Storage.Tables;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Audit;

/// <summary>
/// The audit trail on one Azure table (rows: <see cref="AuditTableEntity"/>). Entries are only ever added, never
/// upserted: a row whose key exists is refused (<see cref="AuditEntryExistsException"/>), so nothing can overwrite an
/// entry. An append writes one transaction per day partition and 100 entries. A search walks the day partitions
/// backwards from its end, <see cref="DaysPerRound"/> at a time, with every filter applied by the service, until it
/// has its limit or reaches its start (or <see cref="AuditTrailOptions.QueryLookBack"/> before the end).
/// </summary>
public sealed partial class AzureTableAuditTrail : IAuditTrail, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>How many day partitions a search reads at the same time.</summary>
    public const int DaysPerRound = 8;

    private const int MaxTransactionSize = 100;
    private const int MaxTransactionBytes = 3 * 1024 * 1024;
    private const int PageSize = 1000;

    private readonly AuditTrailOptions options;
    private readonly CatalogClock clock;
    private readonly ILogger logger;
    private TableClient? table;
    private long roundTrips;

    /// <summary>Creates the trail; <see cref="InitializeAsync"/> must run before it is used.</summary>
    public AzureTableAuditTrail(IOptions<AuditTrailOptions> options, CatalogClock clock, ILogger<AzureTableAuditTrail> logger)
    {
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>How many writes (transactions or single inserts) went to the table so far.</summary>
    public long RoundTrips => Interlocked.Read(ref roundTrips);

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"The audit trail on table '{options.TableName}' is used before the silo started it.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(AzureTableAuditTrail), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>
    /// Creates the table if it is missing. Fails within <see cref="AuditTrailOptions.InitializationTimeout"/> with a
    /// message naming the endpoint and table (never the key) when the account cannot be reached.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            options,
            "The audit trail",
            (ex, url, elapsed) => LogInitializationFailed(logger, ex, options.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, options.TableName, endpoint);
    }

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var tableClient = Table;
        var transactions = entries
            .Select(AuditTableEntity.From)
            .GroupBy(row => row.PartitionKey, StringComparer.Ordinal)
            .SelectMany(Transactions);
        await Task.WhenAll(transactions.Select(rows => AddAsync(tableClient, rows, cancellationToken))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = AuditQueryFilter.Limit(query);

        // Without an end, a day past now: another silo's clock may run a little ahead.
        var newest = DateOnly.FromDateTime((query.To ?? clock.GetUtcNow().AddDays(1)).UtcDateTime);
        var oldest = DateOnly.FromDateTime((query.From ?? (query.To ?? clock.GetUtcNow()) - options.QueryLookBack).UtcDateTime);
        var found = new List<AuditEntry>();
        for (var day = newest; day >= oldest && found.Count < limit; day = day.AddDays(-DaysPerRound))
        {
            var days = Enumerable.Range(0, DaysPerRound).Select(i => day.AddDays(-i)).Where(d => d >= oldest);
            var perDay = await Task.WhenAll(days.Select(d => QueryDayAsync(d, query, limit, cancellationToken))).ConfigureAwait(false);
            foreach (var entries in perDay)
            {
                found.AddRange(entries);
            }
        }

        return found.Take(limit).ToArray();
    }

    /// <summary>The service-side filter of one day's search: its partition and every filter the query sets.</summary>
    internal static string Filter(DateOnly day, AuditQuery query)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {AuditTableEntity.PartitionKey(day)}") };
        if (query.From is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"At ge {from.ToUniversalTime()}"));
        }

        if (query.To is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"At lt {to.ToUniversalTime()}"));
        }

        if (query.EntityType is { } entityType)
        {
            parts.Add(TableClient.CreateQueryFilter($"EntityType eq {entityType}"));
        }

        if (query.EntityId is { } entityId)
        {
            parts.Add(TableClient.CreateQueryFilter($"EntityId eq {entityId}"));
        }

        if (query.UserId is { } userId)
        {
            parts.Add(TableClient.CreateQueryFilter($"UserId eq {userId}"));
        }

        return string.Join(" and ", parts);
    }

    /// <summary>The rows of one partition in transactions: at most 100 rows and about 3 MiB each.</summary>
    private static IEnumerable<List<TableEntity>> Transactions(IEnumerable<TableEntity> partition)
    {
        var current = new List<TableEntity>();
        var bytes = 0;
        foreach (var row in partition)
        {
            var size = AuditTableEntity.EstimatedBytes(row);
            if (current.Count == MaxTransactionSize || (current.Count > 0 && bytes + size > MaxTransactionBytes))
            {
                yield return current;
                (current, bytes) = ([], 0);
            }

            current.Add(row);
            bytes += size;
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>Adds the rows of one partition in one round trip; an existing key refuses them all.</summary>
    private async Task AddAsync(TableClient tableClient, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref roundTrips);
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (rows.Count == 1)
            {
                await tableClient.AddEntityAsync(rows[0], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await tableClient.SubmitTransactionAsync(
                    rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), cancellationToken).ConfigureAwait(false);
            }

            CatalogMetrics.StorageCall(options.TableName, "append", started);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var failed = ex.FailedTransactionActionIndex is { } index && index < rows.Count ? rows[index] : rows[0];
            throw new AuditEntryExistsException(failed.RowKey, ex);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new AuditEntryExistsException(rows[0].RowKey, ex);
        }
    }

    /// <summary>One day's matches, newest first, at most <paramref name="limit"/> (the newest of the day).</summary>
    private async Task<List<AuditEntry>> QueryDayAsync(DateOnly day, AuditQuery query, int limit, CancellationToken cancellationToken)
    {
        // Rows come oldest first (by row key): only the last ones are kept.
        var newest = new Queue<TableEntity>();
        var started = Stopwatch.GetTimestamp();
        await foreach (var row in Table.QueryAsync<TableEntity>(Filter(day, query), PageSize, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            newest.Enqueue(row);
            if (newest.Count > limit)
            {
                newest.Dequeue();
            }
        }

        CatalogMetrics.StorageCall(options.TableName, "query", started);
        var entries = new List<AuditEntry>(newest.Count);
        foreach (var row in newest.Reverse())
        {
            entries.Add(ToEntry(row));
        }

        return entries;
    }

    private AuditEntry ToEntry(TableEntity row)
    {
        try
        {
            return AuditTableEntity.ToEntry(row);
        }
        catch (JsonException ex)
        {
            // The entry is shown with what is readable, its changes replaced by a note: an auditor must see it exists.
            LogDamagedChanges(logger, ex, row.PartitionKey, row.RowKey, options.TableName);
            return AuditTableEntity.ToEntry(new TableEntity(row) { [AuditTableEntity.Changes] = "[]" }) with
            {
                Changes = [new AuditChange(AuditChangesFormat.OmittedField, null, "The stored changes are unreadable.")],
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The audit trail is ready on table {TableName} at {Endpoint}")]
    private static partial void LogInitialized(ILogger logger, string tableName, string endpoint);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The audit trail could not create or open table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogInitializationFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The audit row {PartitionKey}/{RowKey} in table {TableName} holds unreadable changes; it is shown without them")]
    private static partial void LogDamagedChanges(ILogger logger, Exception exception, string partitionKey, string rowKey, string tableName);
}
