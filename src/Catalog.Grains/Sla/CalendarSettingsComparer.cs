using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// Compares calendar settings by value (records compare lists by reference): same zone, and the same hours and
/// holidays in the same order. Missing lists equal only missing lists.
/// </summary>
internal sealed class CalendarSettingsComparer : IEqualityComparer<CalendarSettings>
{
    /// <summary>The comparer.</summary>
    public static CalendarSettingsComparer Instance { get; } = new();

    public bool Equals(CalendarSettings? x, CalendarSettings? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && string.Equals(x.TimeZoneId, y.TimeZoneId, StringComparison.Ordinal)
            && SameItems(x.Hours, y.Hours)
            && SameItems(x.Holidays, y.Holidays)
            && SameItems(x.YearlyHolidays, y.YearlyHolidays));

    public int GetHashCode(CalendarSettings settings)
    {
        var hash = new HashCode();
        hash.Add(settings.TimeZoneId, StringComparer.Ordinal);
        AddItems(ref hash, settings.Hours);
        AddItems(ref hash, settings.Holidays);
        AddItems(ref hash, settings.YearlyHolidays);
        return hash.ToHashCode();
    }

    private static bool SameItems<T>(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddItems<T>(ref HashCode hash, IReadOnlyList<T>? items)
    {
        hash.Add(items?.Count ?? -1);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            hash.Add(items![i]);
        }
    }
}
