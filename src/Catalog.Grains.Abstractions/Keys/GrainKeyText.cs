using System.Globalization;
using System.Text;

namespace Catalog.Keys;

/// <summary>
/// Makes text a user sent safe to put in a grain key. Grain state lives in the official Orleans Azure Table
/// provider, which turns <c>/ \ # ?</c> in a key into <c>_</c>: two keys differing only there would share one
/// record. <see cref="Escape"/> writes those four characters, the escape character <c>~</c>, the separator
/// <see cref="Separator"/> and control characters (which a table key may not hold) as <c>~XX</c> (upper-case hex;
/// <c>~uXXXX</c> beyond U+00FF), so escaped text holds none of them and different texts stay different keys.
/// </summary>
public static class GrainKeyText
{
    /// <summary>Separates the parts of a composite grain key; never produced by <see cref="Escape"/>.</summary>
    public const char Separator = ':';

    private const char EscapeChar = '~';

    /// <summary>The text with every character a stored key would lose or refuse escaped; reversible with <see cref="Unescape"/>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(EscapeChar);
            builder.Append(c <= '\u00FF'
                ? ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                : "u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The text <see cref="Escape"/> made <paramref name="escaped"/> from.</summary>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != EscapeChar)
            {
                builder.Append(escaped[i]);
                continue;
            }

            var wide = i + 1 < escaped.Length && escaped[i + 1] == 'u';
            var start = wide ? i + 2 : i + 1;
            var digits = wide ? 4 : 2;
            if (start + digits > escaped.Length
                || !int.TryParse(escaped.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"'{escaped}' has an incomplete escape sequence at position {i}.");
            }

            builder.Append((char)code);
            i = start + digits - 1;
        }

        return builder.ToString();
    }

    // Unpaired surrogates are escaped too: a table key must be valid UTF-16.
    private static bool NeedsEscape(char c) =>
        c is EscapeChar or Separator or '/' or '\\' or '#' or '?'
        || char.IsControl(c)
        || char.IsSurrogate(c);
}
