using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Storage.Tables;

/// <summary>
/// The silo's group commit for Catalog's own tables (request index, scorecards' facts, audit). Each table partition
/// has its own queue: a write to an idle partition goes out at once; writes arriving while one is under way wait for
/// it and then go together as one table transaction (up to <see cref="MaxBatchSize"/> entities of one partition, one
/// round trip). Partitions never wait for each other. Every caller's task completes once its own entity is durable,
/// or faults with the storage's error for that entity: a refused transaction is split and each entity written on its
/// own, so one bad entity never fails the others. An insert whose row exists already completes with
/// <see cref="TableWriteResult.Existed"/> (an idempotent insert replayed); a delete of a missing row completes as done.
/// </summary>
/// <remarks>
/// Two replace-upserts of the same row in one queue are coalesced (the later one wins, both callers complete when it
/// is stored): a transaction may not name an entity twice, and the later write is the newer state. Any other repeat of
/// a row closes the batch, so operations on one row keep their order.
/// </remarks>
public sealed partial class TableBatchWriter
{
    /// <summary>The most entities in one transaction (Azure's limit).</summary>
    public const int MaxBatchSize = 100;

    /// <summary>The most estimated bytes in one transaction (Azure's limit is 4 MiB of payload).</summary>
    public const int MaxBatchBytes = 3 * 1024 * 1024;

    private readonly ConcurrentDictionary<(TableClient Table, string Partition), PartitionQueue> queues = new();
    private readonly ILogger logger;
    private long roundTrips;
    private long entities;

    /// <summary>Creates a writer (one per silo).</summary>
    public TableBatchWriter(ILogger<TableBatchWriter>? logger = null) => this.logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>How many requests the writer has sent so far (transactions and single writes).</summary>
    public long RoundTrips => Interlocked.Read(ref roundTrips);

    /// <summary>How many entity writes the writer has been asked for so far.</summary>
    public long Entities => Interlocked.Read(ref entities);

    /// <summary>Inserts or replaces (or merges) <paramref name="entity"/>; completes once it is stored.</summary>
    public Task UpsertAsync(TableClient table, ITableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace) =>
        EnqueueAsync(table, entity.PartitionKey, new Operation(mode == TableUpdateMode.Replace ? OperationKind.Replace : OperationKind.Merge, entity));

    /// <summary>Inserts <paramref name="entity"/>; completes with <see cref="TableWriteResult.Existed"/> when its row exists already (left as it was).</summary>
    public Task<TableWriteResult> InsertAsync(TableClient table, ITableEntity entity) =>
        EnqueueAsync(table, entity.PartitionKey, new Operation(OperationKind.Insert, entity));

    /// <summary>Deletes a row; completes once it is gone (whether or not it was there).</summary>
    public Task DeleteAsync(TableClient table, string partitionKey, string rowKey) =>
        EnqueueAsync(table, partitionKey, new Operation(OperationKind.Delete, new TableEntity(partitionKey, rowKey) { ETag = ETag.All }));

    private Task<TableWriteResult> EnqueueAsync(TableClient table, string partition, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(operation.Entity);
        Interlocked.Increment(ref entities);
        while (true)
        {
            var queue = queues.GetOrAdd((table, partition), key => new PartitionQueue(this, key.Table, key.Partition));
            if (queue.TryAdd(operation))
            {
                return operation.Done.Task;
            }

            // The queue was retired while idle: take (or make) the one that replaced it.
        }
    }

    private void Retire(PartitionQueue queue) => queues.TryRemove(new KeyValuePair<(TableClient, string), PartitionQueue>((queue.Table, queue.Partition), queue));

    private async Task SubmitAsync(TableClient table, List<Operation> batch)
    {
        if (batch.Count == 1)
        {
            await WriteOneAsync(table, batch[0]).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref roundTrips);
        try
        {
            await table.SubmitTransactionAsync(batch.Select(Action), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RequestFailedException or TableTransactionFailedException)
        {
            // One entity refused fails the whole transaction: each goes on its own, so only it fails.
            LogBatchRefused(logger, exception, batch.Count, table.Name, batch[0].Entity.PartitionKey);
            await Task.WhenAll(batch.Select(o => WriteOneAsync(table, o))).ConfigureAwait(false);
            return;
        }
        catch (Exception exception)
        {
            foreach (var operation in batch)
            {
                operation.Fail(exception);
            }

            return;
        }

        foreach (var operation in batch)
        {
            operation.Complete(TableWriteResult.Stored);
        }
    }

    private async Task WriteOneAsync(TableClient table, Operation operation)
    {
        Interlocked.Increment(ref roundTrips);
        try
        {
            switch (operation.Kind)
            {
                case OperationKind.Replace:
                    await table.UpsertEntityAsync(operation.Entity, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
                    break;
                case OperationKind.Merge:
                    await table.UpsertEntityAsync(operation.Entity, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false);
                    break;
                case OperationKind.Insert:
                    await table.AddEntityAsync(operation.Entity, CancellationToken.None).ConfigureAwait(false);
                    break;
                case OperationKind.Delete:
                    using (await table.DeleteEntityAsync(operation.Entity.PartitionKey, operation.Entity.RowKey, ETag.All, CancellationToken.None).ConfigureAwait(false))
                    {
                    }

                    break;
            }
        }
        catch (RequestFailedException exception) when (operation.Kind == OperationKind.Insert && exception.Status == 409)
        {
            operation.Complete(TableWriteResult.Existed);
            return;
        }
        catch (RequestFailedException exception) when (operation.Kind == OperationKind.Delete && exception.Status == 404)
        {
            operation.Complete(TableWriteResult.Stored);
            return;
        }
        catch (Exception exception)
        {
            operation.Fail(exception);
            return;
        }

        operation.Complete(TableWriteResult.Stored);
    }

    private static TableTransactionAction Action(Operation operation) => operation.Kind switch
    {
        OperationKind.Replace => new TableTransactionAction(TableTransactionActionType.UpsertReplace, operation.Entity),
        OperationKind.Merge => new TableTransactionAction(TableTransactionActionType.UpsertMerge, operation.Entity),
        OperationKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, operation.Entity),
        _ => new TableTransactionAction(TableTransactionActionType.Delete, operation.Entity, ETag.All),
    };

    /// <summary>A rough size of an entity in a transaction's payload, to keep a batch under Azure's limit.</summary>
    private static int EstimatedBytes(ITableEntity entity)
    {
        var bytes = 64 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        if (entity is IDictionary<string, object> properties)
        {
            foreach (var (name, value) in properties)
            {
                bytes += (name.Length * 2) + value switch
                {
                    string text => text.Length * 4,
                    byte[] blob => blob.Length * 2,
                    _ => 32,
                };
            }
        }
        else
        {
            bytes += 4096;
        }

        return bytes;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A transaction of {Count} entities on {TableName}/{PartitionKey} was refused; writing them one by one")]
    private static partial void LogBatchRefused(ILogger logger, Exception exception, int count, string tableName, string partitionKey);

    private enum OperationKind
    {
        Replace,
        Merge,
        Insert,
        Delete,
    }

    /// <summary>One entity write and everyone waiting on it (coalesced replace-upserts share one write).</summary>
    private sealed class Operation(OperationKind kind, ITableEntity entity)
    {
        private List<TaskCompletionSource<TableWriteResult>>? superseded;

        public OperationKind Kind { get; } = kind;

        public ITableEntity Entity { get; private set; } = entity;

        public TaskCompletionSource<TableWriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A later replace of the same row takes this one's place; this one's caller waits on it.</summary>
        public void Supersede(Operation later)
        {
            Entity = later.Entity;
            (superseded ??= []).Add(later.Done);
        }

        public void Complete(TableWriteResult result)
        {
            Done.TrySetResult(result);
            superseded?.ForEach(d => d.TrySetResult(result));
        }

        public void Fail(Exception exception)
        {
            Done.TrySetException(exception);
            superseded?.ForEach(d => d.TrySetException(exception));
        }
    }

    /// <summary>The writes of one table partition: one transaction in flight at a time, the next gathered meanwhile.</summary>
    private sealed class PartitionQueue(TableBatchWriter writer, TableClient table, string partition)
    {
        private readonly Lock gate = new();
        private readonly List<Operation> waiting = [];
        private bool flushing;
        private bool retired;

        public TableClient Table { get; } = table;

        public string Partition { get; } = partition;

        public bool TryAdd(Operation operation)
        {
            lock (gate)
            {
                if (retired)
                {
                    return false;
                }

                waiting.Add(operation);
                if (!flushing)
                {
                    flushing = true;

                    // On the thread pool, outside the calling grain's scheduler and request context.
                    using (ExecutionContext.SuppressFlow())
                    {
                        _ = Task.Run(FlushAsync);
                    }
                }
            }

            return true;
        }

        private async Task FlushAsync()
        {
            while (true)
            {
                List<Operation> batch;
                lock (gate)
                {
                    if (waiting.Count == 0)
                    {
                        flushing = false;
                        retired = true;
                        writer.Retire(this);
                        return;
                    }

                    batch = Take();
                }

                await writer.SubmitAsync(Table, batch).ConfigureAwait(false);
            }
        }

        // The next transaction: oldest first, up to the limits or the first row it may not name twice.
        private List<Operation> Take()
        {
            var batch = new List<Operation>();
            var rows = new Dictionary<string, Operation>(StringComparer.Ordinal);
            var bytes = 0;
            var taken = 0;
            foreach (var operation in waiting)
            {
                if (rows.TryGetValue(operation.Entity.RowKey, out var earlier))
                {
                    if (earlier.Kind == OperationKind.Replace && operation.Kind == OperationKind.Replace)
                    {
                        earlier.Supersede(operation);
                        taken++;
                        continue;
                    }

                    break;
                }

                var size = EstimatedBytes(operation.Entity);
                if (batch.Count == MaxBatchSize || (batch.Count > 0 && bytes + size > MaxBatchBytes))
                {
                    break;
                }

                batch.Add(operation);
                rows[operation.Entity.RowKey] = operation;
                bytes += size;
                taken++;
            }

            waiting.RemoveRange(0, taken);
            return batch;
        }
    }
}
