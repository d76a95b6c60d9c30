namespace Catalog.Domain.Calendars;

/// <summary>
/// Binary searches over the sorted arrays a <see cref="BusinessCalendar"/> precomputes; written out
/// so the hot path never boxes, allocates or goes through a comparer.
/// </summary>
internal static class SortedArrays
{
    /// <summary>Index of the first element not less than <paramref name="value"/>, or the length when there is none.</summary>
    public static int LowerBound(long[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Index of the first element not less than <paramref name="value"/>, or the length when there is none.</summary>
    public static int LowerBound(int[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Index of the first element greater than <paramref name="value"/>, or the length when there is none.</summary>
    public static int UpperBound(long[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sorted[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
