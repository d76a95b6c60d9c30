using System.Globalization;

namespace Catalog.Domain.Complaints;

/// <summary>
/// The complaints report (seed 003's "rapports de plaintes, leurs fréquences"): complaints filed in a period, per
/// service, provider department or cause, counted per week or per month of their filing (UTC dates). Each complaint
/// counts once, in the period it was filed, with what became of it since (acknowledged and answered in time,
/// escalated, resolution kind), so a period's figures can still grow while its complaints are worked.
/// </summary>
public static class ComplaintReport
{
    /// <summary>The figures per group and period, groups in ordinal order, periods in time order; empty periods left out.</summary>
    public static IReadOnlyList<ComplaintFigures> Build(
        IEnumerable<ComplaintTally> tallies, ReportDimension by, ReportFrequency every, DateTimeOffset from, DateTimeOffset to) =>
        tallies
            .Where(t => t.FiledAt >= from && t.FiledAt < to)
            .GroupBy(t => (Key: KeyOf(t, by), Period: PeriodOf(t.FiledAt, every)))
            .Select(g => Sum(g.Key.Key, g.Key.Period, g))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ThenBy(f => f.PeriodStart)
            .ToArray();

    /// <summary>The figures per group over the whole report (period null).</summary>
    public static IReadOnlyList<ComplaintFigures> Totals(IReadOnlyList<ComplaintFigures> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => new ComplaintFigures(
                g.Key, null, g.Sum(r => r.Filed), g.Sum(r => r.AcknowledgedInTime), g.Sum(r => r.AnsweredInTime), g.Sum(r => r.Escalated),
                g.Sum(r => r.Explanation), g.Sum(r => r.Redo), g.Sum(r => r.Credit), g.Sum(r => r.ChangeOfPractice)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The first day of the period <paramref name="instant"/> falls in: its ISO week's Monday or its month's first day (UTC).</summary>
    public static DateOnly PeriodOf(DateTimeOffset instant, ReportFrequency every)
    {
        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        return every == ReportFrequency.Month
            ? new DateOnly(day.Year, day.Month, 1)
            : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static string KeyOf(ComplaintTally tally, ReportDimension by) => by switch
    {
        ReportDimension.Service => tally.ServiceId,
        ReportDimension.Provider => tally.ProviderDepartmentId,
        _ => tally.Cause.ToString(),
    };

    private static ComplaintFigures Sum(string key, DateOnly period, IEnumerable<ComplaintTally> tallies)
    {
        int filed = 0, acknowledged = 0, answered = 0, escalated = 0;
        var kinds = new int[4];
        foreach (var t in tallies)
        {
            filed++;
            acknowledged += t.AcknowledgedInTime ? 1 : 0;
            answered += t.AnsweredInTime ? 1 : 0;
            escalated += t.Escalated ? 1 : 0;
            if (t.Resolution is { } kind)
            {
                kinds[(int)kind]++;
            }
        }

        return new ComplaintFigures(key, period, filed, acknowledged, answered, escalated, kinds[0], kinds[1], kinds[2], kinds[3]);
    }

    /// <summary>A period's first day as the report writes it (yyyy-MM-dd), or "total".</summary>
    public static string PeriodText(DateOnly? period) =>
        period?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "total";
}
