namespace Catalog.Benchmarks.Requests;

/// <summary>Runs an action over many items with a fixed number of workers.</summary>
public static class Concurrently
{
    /// <summary>Calls <paramref name="action"/> for every item, <paramref name="concurrency"/> at a time.</summary>
    public static async Task ForEachAsync<T>(IReadOnlyList<T> items, int concurrency, Func<T, Task> action)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                await action(items[i]);
            }
        }));
    }
}
