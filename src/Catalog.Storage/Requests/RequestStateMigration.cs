using Azure;
using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Catalog.Storage.Requests;

/// <summary>
/// Copies, once, the request states the official Orleans provider stored (before the request store existed) into the
/// store's table, before the silo takes any call; run by <see cref="AzureTableRequestStore"/> right after it opens
/// its table. Each state's bytes are copied as they are (both serialize with Orleans' serializer) with an insert
/// that keeps a row already there (a copy cut short, run again), through the group commit (one transaction per
/// provider partition and up to 100 requests). A marker row then records the copy, so later starts cost one read.
/// Copies, not moves: the official rows stay, so going back to the previous version loses nothing written before
/// the upgrade. Every silo of the cluster must run the new version once one does (a silo of the old version would go
/// on writing request states where this one no longer reads them). When <see cref="RequestStoreOptions.ReadIntakeRequestId"/>
/// is set, each intake row of the earlier versions whose request was copied becomes that filing key's row, so a retry
/// sent before the upgrade and repeated after it answers its request; a key whose request was never stored (reserved,
/// then lost) is left out, and its retry files anew.
/// </summary>
public sealed partial class RequestStateMigration(
    RequestStoreOptions options,
    string serviceId,
    TableBatchWriter writer,
    Orleans.Serialization.Serializer serializer,
    ILogger<RequestStateMigration> logger)
{
    /// <summary>The marker row of this copy in <see cref="RequestStoreKeys.MarkerPartition"/>.</summary>
    public const string MarkerRow = "official-request-states";

    // Copies in flight at once: enough to fill transactions, few enough to bound memory on a large store.
    private const int InFlight = 500;

    /// <summary>Copies what is left to copy into <paramref name="table"/>; returns how many states were copied.</summary>
    public async Task<int> RunAsync(TableClient table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (options.OfficialTableName is not { } officialName)
        {
            return 0;
        }

        var marker = await table.GetEntityIfExistsAsync<TableEntity>(RequestStoreKeys.MarkerPartition, MarkerRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (marker.HasValue)
        {
            return 0;
        }

        var service = options.TableServiceClient ?? new TableServiceClient(options.ConnectionString, options.ClientOptions);
        var official = service.GetTableClient(officialName);
        var prefix = Sanitize($"{serviceId}_{options.GrainType}/");
        var copied = 0;
        var pending = new List<Task>();
        var requestIds = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            // One query of the table, once per deployment: every row of the request state name.
            var stateName = Sanitize(options.OfficialStateName);
            await foreach (var entity in official.QueryAsync<TableEntity>(e => e.RowKey == stateName, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (Copy(entity, prefix) is not { } copy)
                {
                    continue;
                }

                pending.Add(writer.InsertAsync(table, copy));
                requestIds.Add(copy.RowKey);
                copied++;
                if (pending.Count >= InFlight)
                {
                    await Task.WhenAll(pending).ConfigureAwait(false);
                    pending.Clear();
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No official table: a store that never ran the earlier version.
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        if (options.ReadIntakeRequestId is { } readIntake && requestIds.Count > 0)
        {
            await CopyKeysAsync(table, official, readIntake, requestIds, cancellationToken).ConfigureAwait(false);
        }

        await table.UpsertEntityAsync(
            new TableEntity(RequestStoreKeys.MarkerPartition, MarkerRow) { ["Copied"] = copied, ["From"] = officialName, ["At"] = DateTimeOffset.UtcNow },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        if (copied > 0)
        {
            LogCopied(logger, copied, officialName, options.TableName);
        }

        return copied;
    }

    // Each intake row of an earlier version naming a copied request becomes its filing key's row (kept if there).
    private async Task CopyKeysAsync(
        TableClient table, TableClient official, Func<Orleans.Serialization.Serializer, byte[], string?> readIntake,
        HashSet<string> requestIds, CancellationToken cancellationToken)
    {
        var prefix = Sanitize($"{serviceId}_{options.IntakeGrainType}/");
        var stateName = Sanitize(options.IntakeStateName);
        var pending = new List<Task>();
        await foreach (var entity in official.QueryAsync<TableEntity>(e => e.RowKey == stateName, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!entity.PartitionKey.StartsWith(prefix, StringComparison.Ordinal) || RequestStateEntity.ReadOfficialPayload(entity) is not { } payload)
            {
                continue;
            }

            string? requestId;
            try
            {
                requestId = readIntake(serializer, payload);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotCopied(logger, ex, entity.PartitionKey);
                continue;
            }

            // Intake keys are escaped (no character the provider turns into "_"), so the partition holds the key as it was.
            if (requestId is not null && requestIds.Contains(requestId))
            {
                pending.Add(writer.InsertAsync(table, RequestStateEntity.CreateKey(requestId, entity.PartitionKey[prefix.Length..])));
                if (pending.Count >= InFlight)
                {
                    await Task.WhenAll(pending).ConfigureAwait(false);
                    pending.Clear();
                }
            }
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    // The request's row in the store, or null for a row of another service or grain, or without a state.
    private TableEntity? Copy(TableEntity entity, string prefix)
    {
        if (!entity.PartitionKey.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Request ids hold no character the provider turns into "_", so the key is the id as it was.
        var id = entity.PartitionKey[prefix.Length..];
        byte[]? payload;
        try
        {
            payload = RequestStateEntity.ReadOfficialPayload(entity);
            if (payload is null)
            {
                return null;
            }

            return RequestStateEntity.Create(id, payload);
        }
        catch (InvalidOperationException ex)
        {
            // Never dropped silently: left where it is, for a person to look at.
            LogNotCopied(logger, ex, entity.PartitionKey);
            return null;
        }
    }

    private static string Sanitize(string key) =>
        key.Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Count} request states from the official provider's table {OfficialTable} into the request store's table {TableName}")]
    private static partial void LogCopied(ILogger logger, int count, string officialTable, string tableName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Left the request state ({PartitionKey}) of the official provider as it is: it does not fit a row of the request store")]
    private static partial void LogNotCopied(ILogger logger, Exception exception, string partitionKey);
}
