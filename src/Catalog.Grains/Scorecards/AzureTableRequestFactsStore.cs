using System.Diagnostics;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Catalog.Scorecards;
using Catalog.Storage.Tables;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Scorecards;

/// <summary>
/// The facts store on one Azure table (see <see cref="RequestFactsKeys"/>): each row carries its record as JSON
/// plus the columns a listing filters on (kind, service, client, and the instant it counts at), so the service
/// filters and only matching rows travel. Writes replace a row whole; the last write of a request is its newest.
/// </summary>
public sealed partial class AzureTableRequestFactsStore : IRequestFactsStore, ILifecycleParticipant<ISiloLifecycle>
{
    private const int PageSize = 1000;
    private const string Kind = "Kind";
    private const string ServiceId = "ServiceId";
    private const string ClientDepartmentId = "ClientDepartmentId";
    private const string At = "At";
    private const string Facts = "Facts";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly RequestFactsOptions options;
    private readonly ILogger logger;
    private readonly TableBatchWriter writer;
    private TableClient? table;

    /// <summary>
    /// Creates the store; <see cref="InitializeAsync"/> must run before it is used. Rows go through the silo's group
    /// commit (<paramref name="writer"/>; a writer of its own when none is given).
    /// </summary>
    public AzureTableRequestFactsStore(IOptions<RequestFactsOptions> options, ILogger<AzureTableRequestFactsStore> logger, TableBatchWriter? writer = null)
    {
        this.options = options.Value;
        this.logger = logger;
        this.writer = writer ?? new TableBatchWriter();
    }

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"The facts store on table '{options.TableName}' is used before the silo started it.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(AzureTableRequestFactsStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table if it is missing; fails fast naming the table and endpoint (never the key).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            options,
            "The scorecards' facts store",
            (ex, url, elapsed) => LogInitializationFailed(logger, ex, options.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, options.TableName, endpoint);
    }

    /// <inheritdoc />
    public async Task UpsertRequestAsync(RequestFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var row = RequestFactsKeys.RequestRow(facts.RequestId);
        var upsert = UpsertAsync(facts.ProviderDepartmentId, row, RequestFactsKeys.RequestKind, facts.ServiceId, facts.ClientDepartmentId,
            facts.FiledAt, JsonSerializer.Serialize(facts, Json), cancellationToken);

        // A transfer moved the request to another provider's partition: the rows under its earlier holders go (each
        // in its own partition, side by side with the upsert).
        var deletes = facts.Holds.Select(h => h.DepartmentId).Distinct(StringComparer.Ordinal)
            .Where(d => !string.Equals(d, facts.ProviderDepartmentId, StringComparison.Ordinal))
            .Select(earlier => writer.DeleteAsync(Table, RequestFactsKeys.Partition(earlier), row));
        await Task.WhenAll(deletes.Prepend(upsert)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task UpsertSatisfactionAsync(SatisfactionFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return UpsertAsync(fact.ProviderDepartmentId, RequestFactsKeys.SurveyRow(fact.RequestId), RequestFactsKeys.SurveyKind,
            fact.ServiceId, fact.ClientDepartmentId, fact.AnsweredAt, JsonSerializer.Serialize(fact, Json), cancellationToken);
    }

    /// <inheritdoc />
    public Task UpsertComplaintAsync(ComplaintFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return UpsertAsync(fact.ProviderDepartmentId, RequestFactsKeys.ComplaintRow(fact.ComplaintId), RequestFactsKeys.ComplaintKind,
            fact.ServiceId, fact.ClientDepartmentId, fact.FiledAt, JsonSerializer.Serialize(fact, Json), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<FactsSlice> ListAsync(FactsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var requests = new List<RequestFacts>();
        var surveys = new List<SatisfactionFact>();
        var complaints = new List<ComplaintFact>();
        var started = Stopwatch.GetTimestamp();
        await foreach (var entity in Table.QueryAsync<TableEntity>(Filter(query), PageSize, [Kind, Facts], cancellationToken)
            .ConfigureAwait(false))
        {
            var json = entity.GetString(Facts);
            try
            {
                switch (entity.GetString(Kind))
                {
                    case RequestFactsKeys.RequestKind when JsonSerializer.Deserialize<RequestFacts>(json, Json) is { } r:
                        requests.Add(r);
                        break;
                    case RequestFactsKeys.SurveyKind when JsonSerializer.Deserialize<SatisfactionFact>(json, Json) is { } s:
                        surveys.Add(s);
                        break;
                    case RequestFactsKeys.ComplaintKind when JsonSerializer.Deserialize<ComplaintFact>(json, Json) is { } c:
                        complaints.Add(c);
                        break;
                }
            }
            catch (Exception ex) when (ex is JsonException or ArgumentNullException)
            {
                // One damaged row must not hide every other figure: reported, then left out.
                LogDamagedRow(logger, ex, entity.PartitionKey, entity.RowKey, options.TableName);
            }
        }

        CatalogMetrics.StorageCall(options.TableName, "query", started);
        return new FactsSlice(
            requests.OrderBy(r => r.FiledAt).ToArray(),
            surveys.OrderBy(s => s.AnsweredAt).ToArray(),
            complaints.OrderBy(c => c.FiledAt).ToArray());
    }

    /// <summary>The service-side filter of a listing: the provider's partition when given, and every other equality and the period.</summary>
    internal static string Filter(FactsQuery query)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"At ge {query.From} and At lt {query.To}") };
        if (query.ProviderDepartmentId is { } provider)
        {
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey eq {RequestFactsKeys.Partition(provider)}"));
        }

        if (query.ServiceId is { } service)
        {
            parts.Add(TableClient.CreateQueryFilter($"ServiceId eq {service}"));
        }

        if (query.ClientDepartmentId is { } client)
        {
            parts.Add(TableClient.CreateQueryFilter($"ClientDepartmentId eq {client}"));
        }

        return string.Join(" and ", parts);
    }

    private async Task UpsertAsync(
        string provider, string row, string kind, string service, string client, DateTimeOffset at, string json, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(RequestFactsKeys.Partition(provider), row)
        {
            [Kind] = kind,
            [ServiceId] = service,
            [ClientDepartmentId] = client,
            [At] = at.ToUniversalTime(),
            [Facts] = json,
        };
        var started = Stopwatch.GetTimestamp();
        await writer.UpsertAsync(Table, entity).ConfigureAwait(false);
        CatalogMetrics.StorageCall(options.TableName, "upsert", started);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The scorecards' facts store is ready on table {TableName} at {Endpoint}")]
    private static partial void LogInitialized(ILogger logger, string tableName, string endpoint);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The scorecards' facts store could not create or open table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogInitializationFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The facts row {PartitionKey}/{RowKey} in table {TableName} is unreadable; the scorecards leave it out")]
    private static partial void LogDamagedRow(ILogger logger, Exception exception, string partitionKey, string rowKey, string tableName);
}
