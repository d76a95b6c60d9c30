using System.Security.Cryptography;
using System.Text;
using Catalog.Domain.Keys;

namespace Catalog.Storage.Tables;

/// <summary>
/// Turns arbitrary text into valid Azure Table keys.
/// <para>
/// <see cref="Escape"/> replaces every character a key may not hold (<c>/ \ # ?</c>, U+0000–U+001F, U+007F–U+009F),
/// plus the escape character <c>~</c>, the separator <c>|</c> and unpaired surrogates, with <c>~XX</c>
/// (<c>~uXXXX</c> for surrogates), upper-case hex. Everything else, accents, CJK and emoji included, stays as it is,
/// so keys remain readable and <see cref="Unescape"/> restores the original exactly. In escaped text a <c>~</c> is
/// always followed by a hex digit or <c>u</c>, and a <c>|</c> never appears.
/// </para>
/// <para>
/// <see cref="Fit"/> keeps an escaped key that is short enough and otherwise replaces it with a readable prefix,
/// <c>~h</c>, and the SHA-256 of the whole key; <c>~h</c> never occurs in escaped text, so a hashed key can never
/// equal an unhashed one.
/// </para>
/// </summary>
public static class TableKeyEncoding
{
    /// <summary>The separator between escaped parts of one key; never produced by <see cref="Escape"/>.</summary>
    public const char Separator = '|';

    /// <summary>
    /// The longest key kept as it is, in UTF-16 code units. Azurite refuses keys over 512 code units and Azure over
    /// 1 KiB; 400 leaves a margin under both.
    /// </summary>
    public const int MaxKeyLength = 400;

    // Azure measures keys in bytes; 400 code units of 3-byte UTF-8 text would pass the length check yet reach 1200.
    private const int MaxKeyUtf8Bytes = 1024;

    // Long enough to tell keys apart by eye in a table browser; with the hash the key stays far below MaxKeyLength.
    private const int HashedPrefixLength = 200;

    private const char EscapeChar = KeyEscaping.EscapeChar;
    private const string HashMarker = "~h";

    /// <summary>Escapes <paramref name="text"/> so it can be part of a key; reversible with <see cref="Unescape"/>.</summary>
    public static string Escape(string text) => KeyEscaping.Escape(text, Separator);

    /// <summary>Restores the text that <see cref="Escape"/> produced <paramref name="escaped"/> from.</summary>
    public static string Unescape(string escaped) => KeyEscaping.Unescape(escaped);

    /// <summary>
    /// Returns <paramref name="escapedKey"/> if it is a valid key length, or else a prefix of it followed by
    /// <c>~h</c> and the SHA-256 (64 hex digits) of all of it.
    /// </summary>
    public static string Fit(string escapedKey)
    {
        ArgumentNullException.ThrowIfNull(escapedKey);
        if (escapedKey.Length <= MaxKeyLength && Encoding.UTF8.GetByteCount(escapedKey) <= MaxKeyUtf8Bytes)
        {
            return escapedKey;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escapedKey)));
        return ReadablePrefix(escapedKey) + HashMarker + hash;
    }

    private static string ReadablePrefix(string escapedKey)
    {
        var length = HashedPrefixLength;

        // Cutting a surrogate pair in two would leave an invalid character in the key.
        if (char.IsHighSurrogate(escapedKey[length - 1]))
        {
            length--;
        }

        // Cutting inside ~XX or ~uXXXX would leave a misleading fragment; drop the partial sequence.
        var lastEscape = escapedKey.LastIndexOf(EscapeChar, length - 1, Math.Min(length, 6));
        if (lastEscape >= 0)
        {
            var sequenceLength = lastEscape + 1 < escapedKey.Length && escapedKey[lastEscape + 1] == 'u' ? 6 : 3;
            if (lastEscape + sequenceLength > length)
            {
                length = lastEscape;
            }
        }

        return escapedKey[..length];
    }
}
