using Azure;
using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Catalog.Storage.Requests;

/// <summary>
/// The request grains' own grain storage: one row per request in one Azure table (<see cref="RequestStoreKeys"/>,
/// <see cref="RequestStateEntity"/>), the state serialized with Orleans' serializer as the official provider does.
/// Every write goes through the silo's group commit (<see cref="TableBatchWriter"/>): concurrent writes of one
/// provider's requests share an entity-group transaction, and each caller completes once its own row is stored.
/// ETags as any <see cref="IGrainStorage"/>: a write without one inserts, with one replaces only that version; a
/// conflict refuses that write alone (<see cref="InconsistentStateException"/>), the others of its transaction are
/// stored. A first write whose state carries a filing key (<see cref="IFilingKeyed"/>) inserts the key's row in the
/// same transaction: a key that filed a request already refuses the second filing whole
/// (<see cref="InconsistentStateException"/>), and <see cref="FindAsync"/> names the first.
/// </summary>
public sealed partial class AzureTableRequestStore : IGrainStorage, IRequestFilingKeys, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string name;
    private readonly RequestStoreOptions options;
    private readonly Serializer serializer;
    private readonly IActivatorProvider activators;
    private readonly TableBatchWriter writer;
    private readonly RequestStateMigration migration;
    private readonly ILogger logger;
    private TableClient? table;

    /// <summary>Creates the store named <paramref name="name"/>; the silo opens its table at start.</summary>
    public AzureTableRequestStore(
        string name,
        RequestStoreOptions options,
        Serializer serializer,
        IActivatorProvider activators,
        TableBatchWriter writer,
        RequestStateMigration migration,
        ILogger<AzureTableRequestStore> logger)
    {
        this.name = name;
        this.options = options;
        this.serializer = serializer;
        this.activators = activators;
        this.writer = writer;
        this.migration = migration;
        this.logger = logger;
    }

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"The request store '{name}' on table '{options.TableName}' is used before the silo started it.");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        // With the other storage providers, before the silo joins the cluster and takes calls.
        lifecycle.Subscribe($"{nameof(AzureTableRequestStore)}-{name}", ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table if missing, then copies what the official provider stored (once).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            options,
            "The request store",
            (ex, url, elapsed) => LogOpenFailed(logger, ex, options.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogOpened(logger, name, options.TableName, endpoint);
        await migration.RunAsync(table, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = RequestIdOf(grainId);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(RequestStoreKeys.PartitionOf(id), RequestStoreKeys.RowOf(id)).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            grainState.State = activators.GetActivator<T>().Create();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = serializer.Deserialize<T>(RequestStateEntity.ReadPayload(entity));
        grainState.ETag = entity.ETag.ToString();
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = RequestIdOf(grainId);
        var entity = RequestStateEntity.Create(id, serializer.SerializeToArray(grainState.State));
        List<TableTransactionAction> actions;
        if (grainState.ETag is { } etag)
        {
            entity.ETag = new ETag(etag);
            actions = [new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, entity.ETag)];
        }
        else
        {
            actions = [new TableTransactionAction(TableTransactionActionType.Add, entity)];
            if (grainState.State is IFilingKeyed { FilingKey: { } filingKey })
            {
                // The key and the request are stored together or not at all: a retry after a crash either finds
                // both or neither, and two filings with one key cannot both be stored.
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, RequestStateEntity.CreateKey(id, filingKey)));
            }
        }

        IReadOnlyList<ETag> stored;
        try
        {
            stored = await writer.WriteTogetherAsync(Table, actions).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 or 404)
        {
            var keyTaken = actions.Count > 1 && exception is TableTransactionFailedException { FailedTransactionActionIndex: 1 };
            throw new InconsistentStateException(
                keyTaken
                    ? $"Request {id} was not stored: its filing key filed another request first."
                    : $"Request {id} was not stored: its stored version is not the one this activation read ({exception.Status}).",
                grainState.ETag ?? "none",
                "unknown",
                exception);
        }

        grainState.ETag = stored[0].ToString();
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = RequestIdOf(grainId);
        if (grainState.ETag is { } etag)
        {
            var row = new TableEntity(RequestStoreKeys.PartitionOf(id), RequestStoreKeys.RowOf(id)) { ETag = new ETag(etag) };
            try
            {
                await writer.WriteTogetherAsync(Table, [new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag)]).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                throw new InconsistentStateException($"Request {id} was not cleared: its stored version changed.", etag, "unknown", exception);
            }
        }

        // A filing key row, if any, stays: it still answers a retry of that key (with "not found" from then on).
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <inheritdoc />
    public async Task<string?> FindAsync(string requestIdOfProvider, string filingKey, CancellationToken cancellationToken = default)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            RequestStoreKeys.PartitionOf(requestIdOfProvider),
            RequestStoreKeys.KeyRowOf(filingKey),
            [RequestStateEntity.RequestIdProperty],
            cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value?.GetString(RequestStateEntity.RequestIdProperty) : null;
    }

    private static string RequestIdOf(GrainId grainId) => grainId.Key.ToString()
        ?? throw new ArgumentException($"The grain {grainId} has no key.", nameof(grainId));

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create or open the request store table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request store {Name} on table {TableName} at {Endpoint}")]
    private static partial void LogOpened(ILogger logger, string name, string tableName, string endpoint);
}
