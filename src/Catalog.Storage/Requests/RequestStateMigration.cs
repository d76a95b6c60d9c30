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
/// on writing request states where this one no longer reads them). Intake states (the keys' reserved ids) are
/// not copied: a retry of a filing sent before the upgrade and repeated after it files again (the only case).
/// </summary>
public sealed partial class RequestStateMigration(
    RequestStoreOptions options,
    string serviceId,
    TableBatchWriter writer,
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
