using System.Diagnostics;
using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Catalog.Surveys;
using Catalog.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Surveys;

/// <summary>
/// The survey answers on one Azure table (see <see cref="SurveyAnswerKeys"/> and <see cref="SurveyAnswerEntity"/>):
/// one row per offered survey in its provider's partition, replaced whole when answered. A period's figures read
/// one partition (or, for the whole organisation, the table) filtered by offer time on the service.
/// </summary>
public sealed partial class AzureTableSurveyAnswerStore(IOptions<SurveyAnswerStoreOptions> options, ILogger<AzureTableSurveyAnswerStore> logger)
    : ISurveyAnswerStore, ILifecycleParticipant<ISiloLifecycle>
{
    private const int PageSize = 1000;
    private readonly SurveyAnswerStoreOptions settings = options.Value;
    private TableClient? table;

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"The survey answers on table '{settings.TableName}' are used before the silo started them.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(AzureTableSurveyAnswerStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table if it is missing; fails fast naming the table and endpoint (never the key).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            settings,
            "The survey answers",
            (ex, url, elapsed) => LogInitializationFailed(logger, ex, settings.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, settings.TableName, endpoint);
    }

    /// <inheritdoc />
    public async Task UpsertAsync(SatisfactionFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var started = Stopwatch.GetTimestamp();
        await Table.UpsertEntityAsync(SurveyAnswerEntity.Create(fact), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        CatalogMetrics.StorageCall(settings.TableName, "upsert", started);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SatisfactionFact>> QueryAsync(
        string? providerDepartmentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var period = TableClient.CreateQueryFilter($"OfferedAt ge {from} and OfferedAt lt {to}");
        var filter = providerDepartmentId is null
            ? period
            : TableClient.CreateQueryFilter($"PartitionKey eq {SurveyAnswerKeys.Partition(providerDepartmentId)}") + " and " + period;
        var facts = new List<SatisfactionFact>();
        var started = Stopwatch.GetTimestamp();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (SurveyAnswerEntity.Read(entity) is { } fact)
            {
                facts.Add(fact);
            }
            else
            {
                LogUnreadableRow(logger, entity.PartitionKey, entity.RowKey, settings.TableName);
            }
        }

        CatalogMetrics.StorageCall(settings.TableName, "query", started);
        return facts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The survey answers are ready on table {TableName} at {Endpoint}")]
    private static partial void LogInitialized(ILogger logger, string tableName, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "The survey answers could not create or open table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogInitializationFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey row {PartitionKey}/{RowKey} in table {TableName} lacks required columns; left out of the figures")]
    private static partial void LogUnreadableRow(ILogger logger, string partitionKey, string rowKey, string tableName);
}
