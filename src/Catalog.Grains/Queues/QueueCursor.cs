using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Catalog.Grains.Queues;

/// <summary>
/// The text of a page cursor: the <see cref="QueueKey"/> of the page's last row, <c>1|due|filed|id</c> (ticks, due
/// empty when none) in base64url so it travels in a query string untouched. Opaque to callers; the leading version
/// lets the format change without misreading an old cursor.
/// </summary>
public static class QueueCursor
{
    private const string Version = "1";

    /// <summary>The cursor just after <paramref name="key"/>.</summary>
    public static string Write(QueueKey key)
    {
        var text = string.Join('|',
            Version,
            key.DueTicks?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            key.FiledTicks.ToString(CultureInfo.InvariantCulture),
            key.Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The key <see cref="Write"/> wrote into <paramref name="cursor"/>, or false when it is not a cursor.</summary>
    public static bool TryRead(string? cursor, out QueueKey key)
    {
        key = default;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 2048 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        // The id is last and may itself hold '|': split into four parts at most.
        var parts = text.Split('|', 4);
        if (parts is not [Version, var due, var filed, var id] || id.Length == 0
            || !long.TryParse(filed, NumberStyles.None, CultureInfo.InvariantCulture, out var filedTicks))
        {
            return false;
        }

        long? dueTicks = null;
        if (due.Length > 0)
        {
            if (!long.TryParse(due, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return false;
            }

            dueTicks = ticks;
        }

        key = new QueueKey(dueTicks, filedTicks, id);
        return true;
    }
}
