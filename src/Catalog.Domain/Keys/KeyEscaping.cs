using System.Globalization;
using System.Text;

namespace Catalog.Domain.Keys;

/// <summary>
/// The reversible escaping shared by storage keys and grain keys: every character a key may not hold or would lose
/// (<c>/ \ # ?</c>, control characters U+0000–U+001F and U+007F–U+009F, unpaired surrogates), the escape character
/// <c>~</c> and the caller's separator become <c>~XX</c> (<c>~uXXXX</c> for surrogates), upper-case hex. Everything
/// else, accents, CJK and emoji included, stays as it is, so keys remain readable. In escaped text a <c>~</c> is
/// always followed by a hex digit or <c>u</c>, and the separator never appears.
/// </summary>
public static class KeyEscaping
{
    /// <summary>The escape character.</summary>
    public const char EscapeChar = '~';

    /// <summary>Escapes <paramref name="text"/>, <paramref name="separator"/> included; reversible with <see cref="Unescape"/>.</summary>
    public static string Escape(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!NeedsEscape(c, separator))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(EscapeChar);
            builder.Append(char.IsSurrogate(c)
                ? "u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : ((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Restores the text that <see cref="Escape"/> produced <paramref name="escaped"/> from.</summary>
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

    private static bool NeedsEscape(char c, char separator) =>
        c == EscapeChar || c == separator
        || c is '/' or '\\' or '#' or '?'
        || c <= '\u001F'
        || c is >= '\u007F' and <= '\u009F'
        || char.IsSurrogate(c);
}
