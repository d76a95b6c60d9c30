using Catalog.Domain.Sla;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The board's arithmetic over queue rows: per provider and client pair, the requests filed in the period, those
/// open (<see cref="RequestLifecycle.IsOpen"/>: resolved ones still count), those open with a clock at risk, and
/// those that breached whatever their status.
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

            var open = RequestLifecycle.IsOpen(row.Status);
            counts[0]++;
            counts[1] += open ? 1 : 0;
            counts[2] += open && row.AtRisk ? 1 : 0;
            counts[3] += row.Breached ? 1 : 0;
        }

        return [.. pairs
            .OrderBy(p => p.Key.Provider, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Client, StringComparer.Ordinal)
            .Select(p => new PairFigures(p.Key.Provider, p.Key.Client, p.Value[0], p.Value[1], p.Value[2], p.Value[3]))];
    }
}
