using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Storage.Tables;

/// <summary>
/// The silo's group commit for Catalog's own tables (request states, request index, scorecards' facts). Each table partition
/// has its own queue: a write to an idle partition goes out at once; writes arriving while one is under way wait for
/// it and then go together as one table transaction (up to <see cref="MaxBatchSize"/> entities of one partition, one
/// round trip). Partitions never wait for each other. Every caller's task completes once its own entity is durable,
/// or faults with the storage's error for that entity: a refused transaction is split and each entity written on its
/// own (or, when the storage names the entity it refused, that one alone and the others together again), so one bad
/// entity never fails the others. <see cref="WriteTogetherAsync"/> writes a group of rows all or none (a request and
/// its filing key), strictly: a conflict is the caller's error. An insert whose row exists already completes with
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

    /// <summary>
    /// Writes <paramref name="actions"/> (rows of one partition, each named once, at most <see cref="MaxBatchSize"/>)
    /// all or none, in the same transaction as whatever else the partition is writing; completes with each action's
    /// new ETag once all are stored. The actions are taken as they are (an <c>Add</c> of a row that exists, or an
    /// update whose ETag is stale, is refused, not treated as done): when one is refused none of them is stored and
    /// the task faults with the storage's error for this group alone (a <see cref="RequestFailedException"/>, a
    /// <see cref="TableTransactionFailedException"/> naming the refused action's index in <paramref name="actions"/>
    /// when there are several), while the other writes of the transaction are stored.
    /// </summary>
    public async Task<IReadOnlyList<ETag>> WriteTogetherAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(actions), actions.Count, $"A group holds 1 to {MaxBatchSize} actions.");
        }

        var partition = actions[0].Entity.PartitionKey;
        if (actions.Any(a => a.Entity.PartitionKey != partition)
            || actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
        {
            throw new ArgumentException("A group writes distinct rows of one partition.", nameof(actions));
        }

        var operation = new Operation(actions);
        await EnqueueAsync(table, partition, operation).ConfigureAwait(false);
        return operation.ETags;
    }

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
            await WriteAloneAsync(table, batch[0]).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref roundTrips);
        var actions = batch.SelectMany(o => o.Actions()).ToList();
        Response<IReadOnlyList<Response>> response;
        try
        {
            response = await table.SubmitTransactionAsync(actions, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.FailedTransactionActionIndex is { } failed && failed >= 0 && failed < actions.Count)
        {
            // The storage names the entity it refused: that write goes alone (for its own answer) and the others
            // go again together, so a conflict costs its neighbours one round trip, not one each.
            var refused = OwnerOf(batch, failed);
            LogBatchRefused(logger, exception, batch.Count, table.Name, refused.Entity.PartitionKey);
            var rest = batch.Where(o => !ReferenceEquals(o, refused)).ToList();
            await Task.WhenAll(WriteAloneAsync(table, refused), SubmitAsync(table, rest)).ConfigureAwait(false);
            return;
        }
        catch (RequestFailedException exception)
        {
            // One entity refused fails the whole transaction: each goes on its own, so only it fails.
            LogBatchRefused(logger, exception, batch.Count, table.Name, batch[0].Entity.PartitionKey);
            await Task.WhenAll(batch.Select(o => WriteAloneAsync(table, o))).ConfigureAwait(false);
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

        // The answers come in the order of the actions.
        var answers = response.Value;
        var next = 0;
        foreach (var operation in batch)
        {
            operation.ETags = [.. Enumerable.Range(next, operation.Size).Select(i => i < answers.Count ? answers[i].Headers.ETag ?? default : default)];
            next += operation.Size;
            operation.Complete(TableWriteResult.Stored);
        }
    }

    private static Operation OwnerOf(List<Operation> batch, int actionIndex)
    {
        foreach (var operation in batch)
        {
            if (actionIndex < operation.Size)
            {
                return operation;
            }

            actionIndex -= operation.Size;
        }

        return batch[^1];
    }

    private Task WriteAloneAsync(TableClient table, Operation operation) =>
        operation.Group is { } group ? WriteGroupAsync(table, operation, group) : WriteOneAsync(table, operation);

    // A group on its own: one call for one action, a transaction of its own for several.
    private async Task WriteGroupAsync(TableClient table, Operation operation, IReadOnlyList<TableTransactionAction> group)
    {
        Interlocked.Increment(ref roundTrips);
        try
        {
            if (group.Count == 1)
            {
                using var answer = await WriteActionAsync(table, group[0]).ConfigureAwait(false);
                operation.ETags = [answer.Headers.ETag ?? default];
            }
            else
            {
                var response = await table.SubmitTransactionAsync(group, CancellationToken.None).ConfigureAwait(false);
                operation.ETags = [.. response.Value.Select(r => r.Headers.ETag ?? default)];
            }
        }
        catch (Exception exception)
        {
            operation.Fail(exception);
            return;
        }

        operation.Complete(TableWriteResult.Stored);
    }

    private static async Task<Response> WriteActionAsync(TableClient table, TableTransactionAction action)
    {
        var entity = action.Entity;
        var etag = action.ETag == default ? entity.ETag : action.ETag;
        return action.ActionType switch
        {
            TableTransactionActionType.Add => await table.AddEntityAsync(entity, CancellationToken.None).ConfigureAwait(false),
            TableTransactionActionType.UpdateReplace => await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false),
            TableTransactionActionType.UpdateMerge => await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false),
            TableTransactionActionType.UpsertReplace => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false),
            TableTransactionActionType.UpsertMerge => await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false),
            _ => await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, etag, CancellationToken.None).ConfigureAwait(false),
        };
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

        /// <summary>Several actions written all or none (<see cref="WriteTogetherAsync"/>).</summary>
        Group,
    }

    /// <summary>One entity write and everyone waiting on it (coalesced replace-upserts share one write).</summary>
    private sealed class Operation(OperationKind kind, ITableEntity entity)
    {
        private List<TaskCompletionSource<TableWriteResult>>? superseded;

        public Operation(IReadOnlyList<TableTransactionAction> group)
            : this(OperationKind.Group, group[0].Entity) => Group = group;

        public OperationKind Kind { get; } = kind;

        public ITableEntity Entity { get; private set; } = entity;

        /// <summary>The actions of a group, or null for a single write.</summary>
        public IReadOnlyList<TableTransactionAction>? Group { get; }

        /// <summary>How many actions this write takes in a transaction.</summary>
        public int Size => Group?.Count ?? 1;

        /// <summary>The new ETags of a stored group, in the order of its actions.</summary>
        public ETag[] ETags { get; set; } = [];

        public IEnumerable<TableTransactionAction> Actions() => Group ?? [Action(this)];

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
            var actions = 0;
            foreach (var operation in waiting)
            {
                if (operation.Group is { } group)
                {
                    // A group is never coalesced: any row it shares with the batch closes the batch.
                    var groupBytes = group.Sum(a => EstimatedBytes(a.Entity));
                    if (group.Any(a => rows.ContainsKey(a.Entity.RowKey))
                        || (batch.Count > 0 && (actions + group.Count > MaxBatchSize || bytes + groupBytes > MaxBatchBytes)))
                    {
                        break;
                    }

                    batch.Add(operation);
                    foreach (var action in group)
                    {
                        rows[action.Entity.RowKey] = operation;
                    }

                    bytes += groupBytes;
                    actions += group.Count;
                    taken++;
                    continue;
                }

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
                if (actions == MaxBatchSize || (batch.Count > 0 && bytes + size > MaxBatchBytes))
                {
                    break;
                }

                batch.Add(operation);
                rows[operation.Entity.RowKey] = operation;
                bytes += size;
                actions++;
                taken++;
            }

            waiting.RemoveRange(0, taken);
            return batch;
        }
    }
}
