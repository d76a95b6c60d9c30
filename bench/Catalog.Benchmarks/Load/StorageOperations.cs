using System.Globalization;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// Storage requests counted by the proxy ("MERGE RequestIndex" → n), and the operations inside batches; the
/// difference of two snapshots is what happened in between.
/// </summary>
public sealed record StorageOperations(IReadOnlyDictionary<string, long> Requests, IReadOnlyDictionary<string, long> Batched)
{
    /// <summary>No requests.</summary>
    public static StorageOperations None { get; } = new(new Dictionary<string, long>(), new Dictionary<string, long>());

    /// <summary>Every request (round trip).</summary>
    public long Total => Requests.Values.Sum();

    /// <summary>What happened since <paramref name="earlier"/>.</summary>
    public StorageOperations Since(StorageOperations earlier) => new(Minus(Requests, earlier.Requests), Minus(Batched, earlier.Batched));

    /// <summary>"GET Grains 2.00, PUT Grains 1.00, …" per <paramref name="per"/> units, largest first.</summary>
    public static string Breakdown(IReadOnlyDictionary<string, long> counts, double per) => counts.Count == 0
        ? "none"
        : string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Format(CultureInfo.InvariantCulture, "{0} {1:0.##}", c.Key, c.Value / per)));

    private static Dictionary<string, long> Minus(IReadOnlyDictionary<string, long> now, IReadOnlyDictionary<string, long> before) =>
        now.Select(p => (p.Key, Value: p.Value - before.GetValueOrDefault(p.Key)))
            .Where(p => p.Value > 0)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
