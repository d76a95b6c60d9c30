namespace Catalog.Web.Live;

/// <summary>
/// Shares snapshot loads between callers without ever handing a caller a snapshot that started before it asked
/// (a browser joins its group first, then loads: an older snapshot could miss an event). While a load of a key
/// runs, every new caller waits for the one next load, which starts when the running one ends. A reconnection
/// storm of a thousand browsers thus costs two loads per group, not a thousand.
/// </summary>
public sealed class SnapshotCoalescer<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Slot> slots = [];

    /// <summary>A snapshot whose load started after this call.</summary>
    public Task<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> load)
    {
        TaskCompletionSource<TValue>? startNow = null;
        Slot? slot;
        Task<TValue> snapshot;
        lock (gate)
        {
            if (!slots.TryGetValue(key, out slot))
            {
                slot = new Slot();
                slots.Add(key, slot);
            }

            if (slot.Running is null)
            {
                startNow = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                slot.Running = startNow.Task;
                snapshot = startNow.Task;
            }
            else
            {
                slot.Next ??= new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                snapshot = slot.Next.Task;
            }
        }

        if (startNow is not null)
        {
            _ = RunAsync(key, slot, startNow, load);
        }

        return snapshot;
    }

    private async Task RunAsync(TKey key, Slot slot, TaskCompletionSource<TValue> result, Func<TKey, Task<TValue>> load)
    {
        while (true)
        {
            TValue value = default!;
            Exception? failure = null;
            try
            {
                value = await load(key);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            // The slot moves on before the callers hear of the result: a caller that got its snapshot and asks
            // again at once must start a load of its own, not queue behind one that has already ended.
            TaskCompletionSource<TValue>? next;
            lock (gate)
            {
                next = slot.Next;
                slot.Next = null;
                slot.Running = next?.Task;
                if (next is null)
                {
                    slots.Remove(key);
                }
            }

            if (failure is null)
            {
                result.TrySetResult(value);
            }
            else
            {
                result.TrySetException(failure); // every caller of this load gets the failure
            }

            if (next is null)
            {
                return;
            }

            result = next;
        }
    }

    private sealed class Slot
    {
        public Task<TValue>? Running { get; set; }

        public TaskCompletionSource<TValue>? Next { get; set; }
    }
}
