using Azure.Data.Tables;
using Azure;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The ceiling: single-entity upserts (replace) with Azure.Data.Tables straight to the same Azurite, each entity about
/// the size of a queue row, in closed loops at each concurrency; each worker writes its own partition.
/// </summary>
public static class RawUpsertPhase
{
    private static readonly string Filler = new('x', 400);

    /// <summary>Runs the loops on table <paramref name="tableName"/> of <paramref name="connectionString"/>.</summary>
    public static async Task<IReadOnlyList<LoopResult>> RunAsync(
        string connectionString, string tableName, IEnumerable<int> concurrencies, int seconds, ResourceMeter meter)
    {
        var table = new TableClient(connectionString, tableName);
        await table.CreateIfNotExistsAsync();
        var results = new List<LoopResult>();
        foreach (var concurrency in concurrencies)
        {
            results.Add(await ClosedLoop.RunAsync(concurrency, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(seconds), meter, (worker, n) =>
                UpsertAsync(table, worker, n)));
        }

        return results;
    }

    private static async Task<CallOutcome> UpsertAsync(TableClient table, int worker, int n)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var entity = new TableEntity("w" + worker.ToString(System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"))
        {
            ["Title"] = "raw upsert " + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = n % 5,
            ["DueAt"] = DateTimeOffset.UtcNow.AddHours(4),
            ["Data"] = Filler,
        };
        try
        {
            using var response = await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
            return new CallOutcome(true, "204", Latencies.Since(started));
        }
        catch (RequestFailedException ex)
        {
            return new CallOutcome(false, ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), Latencies.Since(started));
        }
    }
}
