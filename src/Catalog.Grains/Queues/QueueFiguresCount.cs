using Catalog.Domain.Sla;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The board's arithmetic over queue rows: per provider and client pair, what the requests filed in the period count
/// for (<see cref="BoardWeight"/>).
/// </summary>
public static class QueueFiguresCount
{
    /// <summary>The figures of <paramref name="rows"/> filed from <paramref name="filedSince"/> (all when null), in pair order.</summary>
    public static IReadOnlyList<PairFigures> Of(IEnumerable<RequestSummary> rows, DateTimeOffset? filedSince)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var since = filedSince?.UtcTicks ?? long.MinValue;
        var pairs = new Dictionary<(string Provider, string Client), int[]>();
        foreach (var row in rows)
        {
            if (row.FiledAt.UtcTicks < since)
            {
                continue;
            }

            var key = (row.ProviderDepartmentId, row.ClientDepartmentId);
            if (!pairs.TryGetValue(key, out var counts))
            {
                counts = new int[4];
                pairs[key] = counts;
            }

            var weight = BoardWeight.Of(row.Status, row.AtRisk, row.Breached);
            counts[0] += weight.Filed;
            counts[1] += weight.Open;
            counts[2] += weight.AtRisk;
            counts[3] += weight.Breached;
        }

        return [.. pairs
            .OrderBy(p => p.Key.Provider, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Client, StringComparer.Ordinal)
            .Select(p => new PairFigures(p.Key.Provider, p.Key.Client, p.Value[0], p.Value[1], p.Value[2], p.Value[3]))];
    }
}
