using Azure;
using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Orleans grain storage on one Azure table. Each state of each grain is one entity (see <see cref="GrainStateKey"/>
/// for the keys and <see cref="GrainStatePayload"/> for the data), and the entity's ETag is the state's ETag:
/// a write without an ETag inserts and fails if the record exists; a write or clear with an ETag replaces or deletes
/// only that version. Any mismatch is an <see cref="InconsistentStateException"/> and stores nothing.
/// </summary>
internal sealed partial class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string name;
    private readonly AzureTableGrainStorageOptions options;
    private readonly string serviceId;
    private readonly IActivatorProvider activatorProvider;
    private readonly ILogger logger;
    private TableClient? table;

    /// <summary>Creates the storage; <see cref="InitializeAsync"/> must run before it is used.</summary>
    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        IOptions<ClusterOptions> clusterOptions,
        IActivatorProvider activatorProvider,
        ILogger<AzureTableGrainStorage> logger)
    {
        this.name = name;
        this.options = options;
        serviceId = clusterOptions.Value.ServiceId;
        this.activatorProvider = activatorProvider;
        this.logger = logger;
    }

    /// <summary>Creates the storage named <paramref name="name"/> with its named options.</summary>
    public static AzureTableGrainStorage Create(IServiceProvider services, string name) =>
        ActivatorUtilities.CreateInstance<AzureTableGrainStorage>(
            services, name, services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name));

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            OptionFormattingUtilities.Name<AzureTableGrainStorage>(name),
            ServiceLifecycleStage.ApplicationServices,
            InitializeAsync);

    /// <summary>
    /// Creates the table if it is missing. Fails within <see cref="AzureTableGrainStorageOptions.InitializationTimeout"/>
    /// with a message naming the endpoint and table (never the key) when the account cannot be reached.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        (table, var endpoint) = await TableOpener.OpenAsync(
            options,
            $"Azure Table grain storage '{name}'",
            (ex, url, elapsed) => LogInitializationFailed(logger, ex, name, options.TableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, name, options.TableName, endpoint);
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var tableClient = Table;
        var key = GrainStateKey.For(serviceId, grainId, stateName);
        LogReading(logger, stateName, grainId, options.TableName);
        var response = await tableClient.GetEntityIfExistsAsync<TableEntity>(key.PartitionKey, key.RowKey).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            grainState.State = CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var entity = response.Value;
        EnsureSameGrain(key, entity, stateName, grainId);
        BinaryData? payload;
        try
        {
            payload = GrainStatePayload.Read(entity);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidOperationException(
                $"Azure Table grain storage '{name}' found a damaged record for state '{stateName}' of grain {grainId} " +
                $"in table '{options.TableName}': {ex.Message}",
                ex);
        }

        grainState.State = payload is null ? CreateInstance<T>() : options.GrainStorageSerializer.Deserialize<T>(payload);
        grainState.RecordExists = payload is not null;
        grainState.ETag = entity.ETag.ToString();
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var tableClient = Table;
        var key = GrainStateKey.For(serviceId, grainId, stateName);
        EnsureIdentityFits(key, stateName, grainId);
        var payload = options.GrainStorageSerializer.Serialize(grainState.State).ToMemory();
        if (payload.Length > GrainStatePayload.MaxBytes)
        {
            LogStateTooLarge(logger, stateName, grainId, payload.Length, GrainStatePayload.MaxBytes);
            throw new InvalidOperationException(
                $"Azure Table grain storage '{name}' refused to write state '{stateName}' of grain {grainId}: it " +
                $"serializes to {payload.Length} bytes, more than the {GrainStatePayload.MaxBytes} bytes one table " +
                "entity can hold. Nothing was written.");
        }

        var entity = key.CreateEntity();
        GrainStatePayload.Write(entity, payload);
        LogWriting(logger, stateName, grainId, grainState.ETag, payload.Length, options.TableName);
        grainState.ETag = await PutAsync(tableClient, entity, grainState.ETag, "write", stateName, grainId).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var tableClient = Table;
        var key = GrainStateKey.For(serviceId, grainId, stateName);
        LogClearing(logger, stateName, grainId, grainState.ETag, options.DeleteStateOnClear, options.TableName);
        if (options.DeleteStateOnClear)
        {
            await DeleteAsync(tableClient, key, grainState.ETag, stateName, grainId).ConfigureAwait(false);
            grainState.ETag = null;
        }
        else
        {
            EnsureIdentityFits(key, stateName, grainId);
            var entity = key.CreateEntity();
            GrainStatePayload.WriteCleared(entity);
            grainState.ETag = await PutAsync(tableClient, entity, grainState.ETag, "clear", stateName, grainId).ConfigureAwait(false);
        }

        grainState.State = CreateInstance<T>();
        grainState.RecordExists = false;
    }

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"Azure Table grain storage '{name}' is used before the silo started it.");

    // Inserts when the caller holds no ETag, so an existing record is never overwritten blindly; otherwise
    // replaces exactly the version the caller read.
    private async Task<string> PutAsync(
        TableClient tableClient, TableEntity entity, string? etag, string operation, string stateName, GrainId grainId)
    {
        try
        {
            var response = etag is null
                ? await tableClient.AddEntityAsync(entity).ConfigureAwait(false)
                : await tableClient.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException(
                $"Azure Table grain storage '{name}' got no ETag back for the {operation} of state '{stateName}' of grain {grainId}.");
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw Conflict(ex, etag, operation, stateName, grainId);
        }
    }

    private async Task DeleteAsync(TableClient tableClient, GrainStateKey key, string? etag, string stateName, GrainId grainId)
    {
        if (etag is null)
        {
            // Without an ETag the only consistent clear is of a state that does not exist: an unconditional delete
            // would drop a record this activation never read.
            var existing = await tableClient
                .GetEntityIfExistsAsync<TableEntity>(key.PartitionKey, key.RowKey, [GrainStateKey.IdentityProperty])
                .ConfigureAwait(false);
            if (existing.HasValue)
            {
                throw Conflict(null, etag, "clear", stateName, grainId);
            }

            return;
        }

        try
        {
            await tableClient.DeleteEntityAsync(key.PartitionKey, key.RowKey, new ETag(etag)).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            throw Conflict(ex, etag, "clear", stateName, grainId);
        }
    }

    private InconsistentStateException Conflict(
        RequestFailedException? cause, string? etag, string operation, string stateName, GrainId grainId)
    {
        var why = cause?.Status switch
        {
            404 => $"no record exists, but the {operation} carried ETag {etag}",
            409 or null => $"a record exists, but the {operation} carried no ETag",
            _ => $"the record changed since ETag {etag} was read",
        };
        LogConflict(logger, operation, stateName, grainId, etag, why);
        var message = $"Azure Table grain storage '{name}' refused the {operation} of state '{stateName}' of grain " +
            $"{grainId} in table '{options.TableName}': {why}. Nothing was changed.";
        return cause is null
            ? new InconsistentStateException(message, "Unknown", etag ?? "None")
            : new InconsistentStateException(message, "Unknown", etag ?? "None", cause);
    }

    private void EnsureSameGrain(GrainStateKey key, TableEntity entity, string stateName, GrainId grainId)
    {
        if (key.Matches(entity))
        {
            return;
        }

        var stored = entity.GetString(GrainStateKey.IdentityProperty);
        LogIdentityMismatch(logger, stateName, grainId, key.Identity, stored);
        throw new InvalidOperationException(
            $"Azure Table grain storage '{name}' found the record at the keys of state '{stateName}' of grain {grainId} " +
            $"holding another identity ('{stored}' instead of '{key.Identity}'): two hashed keys collide. " +
            "The record was not used.");
    }

    private void EnsureIdentityFits(GrainStateKey key, string stateName, GrainId grainId)
    {
        if (key.Identity.Length > GrainStateKey.MaxIdentityLength)
        {
            throw new InvalidOperationException(
                $"Azure Table grain storage '{name}' cannot store state '{stateName}' of grain {grainId}: its service " +
                $"id, grain id and state name take {key.Identity.Length} characters escaped, more than the " +
                $"{GrainStateKey.MaxIdentityLength} kept with each record. Nothing was written.");
        }
    }

    private T CreateInstance<T>() => activatorProvider.GetActivator<T>().Create();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Azure Table grain storage {StorageName} is ready on table {TableName} at {Endpoint}")]
    private static partial void LogInitialized(ILogger logger, string storageName, string tableName, string endpoint);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Azure Table grain storage {StorageName} could not create or open table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogInitializationFailed(
        ILogger logger, Exception exception, string storageName, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Reading state {StateName} of grain {GrainId} from table {TableName}")]
    private static partial void LogReading(ILogger logger, string stateName, GrainId grainId, string tableName);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Writing state {StateName} of grain {GrainId} with ETag {ETag} ({Bytes} bytes) to table {TableName}")]
    private static partial void LogWriting(ILogger logger, string stateName, GrainId grainId, string? etag, int bytes, string tableName);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Clearing state {StateName} of grain {GrainId} with ETag {ETag} (delete: {DeleteStateOnClear}) in table {TableName}")]
    private static partial void LogClearing(
        ILogger logger, string stateName, GrainId grainId, string? etag, bool deleteStateOnClear, string tableName);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused the {Operation} of state {StateName} of grain {GrainId} with ETag {ETag}: {Reason}")]
    private static partial void LogConflict(
        ILogger logger, string operation, string stateName, GrainId grainId, string? etag, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "State {StateName} of grain {GrainId} serializes to {Bytes} bytes, over the limit of {MaxBytes}; not written")]
    private static partial void LogStateTooLarge(ILogger logger, string stateName, GrainId grainId, int bytes, int maxBytes);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The record for state {StateName} of grain {GrainId} holds identity {StoredIdentity}, expected {ExpectedIdentity}")]
    private static partial void LogIdentityMismatch(
        ILogger logger, string stateName, GrainId grainId, string expectedIdentity, string? storedIdentity);
}
