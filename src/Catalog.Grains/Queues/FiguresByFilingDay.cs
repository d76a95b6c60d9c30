using Catalog.Domain.Sla;
using Catalog.Queues;
using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The board's counts of a queue kept as rows change, per provider and client pair and UTC day of filing, so the
/// figures of a period cost a sum over days, not a walk over rows: whole days after the period's first one are
/// added up, and only the rows filed on that first day are looked at one by one (the period starts mid-day).
/// Counts as <see cref="QueueFiguresCount"/> does; a test holds the two to the same answers.
/// </summary>
public sealed class FiguresByFilingDay
{
    private readonly Dictionary<(string Provider, string Client), SortedDictionary<long, int[]>> pairs = [];
    private readonly Dictionary<long, HashSet<RequestSummary>> rowsByDay = [];

    /// <summary>Counts <paramref name="row"/> in.</summary>
    public void Add(RequestSummary row) => Count(row, +1);

    /// <summary>Counts <paramref name="row"/> out (it was added before).</summary>
    public void Remove(RequestSummary row) => Count(row, -1);

    /// <summary>The figures of every pair over rows filed from <paramref name="filedSince"/> (all when null), in pair order.</summary>
    public IReadOnlyList<PairFigures> Figures(DateTimeOffset? filedSince)
    {
        var firstDay = filedSince is { } since ? Day(since) : long.MinValue;
        var totals = new Dictionary<(string Provider, string Client), int[]>();
        foreach (var (pair, days) in pairs)
        {
            var sum = new int[4];
            foreach (var (day, counts) in days)
            {
                if (day > firstDay)
                {
                    for (var i = 0; i < 4; i++)
                    {
                        sum[i] += counts[i];
                    }
                }
            }

            totals[pair] = sum;
        }

        if (filedSince is { } from && rowsByDay.TryGetValue(firstDay, out var firstDayRows))
        {
            foreach (var row in firstDayRows)
            {
                if (row.FiledAt.UtcTicks >= from.UtcTicks)
                {
                    var weights = Weights(row);
                    var sum = totals[(row.ProviderDepartmentId, row.ClientDepartmentId)];
                    for (var i = 0; i < 4; i++)
                    {
                        sum[i] += weights[i];
                    }
                }
            }
        }

        return [.. totals
            .Where(t => t.Value[0] > 0)
            .OrderBy(t => t.Key.Provider, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Client, StringComparer.Ordinal)
            .Select(t => new PairFigures(t.Key.Provider, t.Key.Client, t.Value[0], t.Value[1], t.Value[2], t.Value[3]))];
    }

    private void Count(RequestSummary row, int sign)
    {
        var day = Day(row.FiledAt);
        var pair = (row.ProviderDepartmentId, row.ClientDepartmentId);
        if (!pairs.TryGetValue(pair, out var days))
        {
            days = [];
            pairs[pair] = days;
        }

        if (!days.TryGetValue(day, out var counts))
        {
            counts = new int[4];
            days[day] = counts;
        }

        var weights = Weights(row);
        for (var i = 0; i < 4; i++)
        {
            counts[i] += sign * weights[i];
        }

        if (!rowsByDay.TryGetValue(day, out var rows))
        {
            rows = new HashSet<RequestSummary>(ReferenceEqualityComparer.Instance);
            rowsByDay[day] = rows;
        }

        if (sign > 0)
        {
            rows.Add(row);
        }
        else
        {
            rows.Remove(row);
            if (counts[0] == 0)
            {
                days.Remove(day);
            }

            if (rows.Count == 0)
            {
                rowsByDay.Remove(day);
            }
        }
    }

    // Filed, open, open at risk, breached, as the board counts them.
    private static int[] Weights(RequestSummary row)
    {
        var weight = BoardWeight.Of(row.Status, row.AtRisk, row.Breached);
        return [weight.Filed, weight.Open, weight.AtRisk, weight.Breached];
    }

    private static long Day(DateTimeOffset instant) => instant.UtcTicks / TimeSpan.TicksPerDay;
}
