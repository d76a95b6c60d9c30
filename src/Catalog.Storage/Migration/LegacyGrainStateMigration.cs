using Azure;
using Azure.Data.Tables;
using Catalog.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Storage.Migration;

/// <summary>
/// Moves, once, every state Catalog's earlier grain storage wrote in the grain state table into the layout of the
/// official Orleans Azure Table provider, before the silo takes any call. Each record is inserted in the new layout
/// and then deleted in the old one; a record whose new layout exists already (a migration cut short, or a grain
/// that wrote since) keeps the newer. A marker row then records the migration, so later starts cost one read.
/// Nothing is lost if the silo stops half-way: the next start picks up the records still in the old layout.
/// It runs first of all at start-up, so a storage account that cannot be reached stops the silo within seconds with a
/// message naming the endpoint and the table, before membership and the providers retry on their own.
/// </summary>
internal sealed partial class LegacyGrainStateMigration(
    TableServiceClient tables,
    string tableName,
    IOptions<LegacyGrainStateMigrationOptions> options,
    ILogger<LegacyGrainStateMigration> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The partition of the marker row; no grain's partition starts with "~".</summary>
    public const string MarkerPartition = "~catalog-migrations";

    /// <summary>The marker row of this migration.</summary>
    public const string MarkerRow = "earlier-grain-storage";

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        // Before membership (RuntimeInitialize) and the grain storage (ApplicationServices) touch the account.
        lifecycle.Subscribe(nameof(LegacyGrainStateMigration), ServiceLifecycleStage.RuntimeInitialize - 1, RunAsync);

    /// <summary>Migrates what is left in the old layout; returns how many records were moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (table, _) = await TableOpener.OpenAsync(
            new GrainStateTableOptions { TableServiceClient = tables, TableName = tableName },
            "The grain state",
            (ex, url, elapsed) => LogOpenFailed(logger, ex, tableName, url, elapsed),
            cancellationToken).ConfigureAwait(false);
        var marker = await table.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (marker.HasValue)
        {
            return 0;
        }

        var moved = 0;
        // One scan of the table, once per deployment (Azurite takes no filter on a property some rows lack).
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.ContainsKey(LegacyGrainState.LengthProperty))
            {
                await MoveAsync(table, entity, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }

        await table.UpsertEntityAsync(
            new TableEntity(MarkerPartition, MarkerRow) { ["Moved"] = moved, ["At"] = DateTimeOffset.UtcNow },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        if (moved > 0)
        {
            LogMigrated(logger, moved, tableName);
        }

        return moved;
    }

    private async Task MoveAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        LegacyGrainState legacy;
        try
        {
            legacy = LegacyGrainState.Read(entity);
        }
        catch (InvalidDataException ex)
        {
            // Never dropped: a damaged record stays where it is, for a person to look at, and blocks nothing else.
            LogDamaged(logger, ex, entity.PartitionKey, entity.RowKey, tableName);
            return;
        }

        if (legacy.Payload is { } payload)
        {
            var key = options.Value.Rekey.TryGetValue(legacy.GrainType, out var rekey) ? rekey(legacy.GrainKey) : legacy.GrainKey;
            var moved = OfficialGrainStateEntity.Create(legacy.ServiceId, legacy.GrainType, key, legacy.StateName, payload);
            try
            {
                await table.AddEntityAsync(moved, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Already there in the new layout: moved by a start that stopped before deleting, or written since.
            }
        }

        // A cleared state (no payload) reads the same as no record at all under the new provider.
        await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not create or open the grain state table {TableName} at {Endpoint} after {Elapsed}")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception, string tableName, string endpoint, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Moved {Count} grain states written by Catalog's earlier grain storage in table {TableName} to the official provider's layout")]
    private static partial void LogMigrated(ILogger logger, int count, string tableName);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Left the damaged record ({PartitionKey}, {RowKey}) of Catalog's earlier grain storage in table {TableName} as it is")]
    private static partial void LogDamaged(ILogger logger, Exception exception, string partitionKey, string rowKey, string tableName);
}
