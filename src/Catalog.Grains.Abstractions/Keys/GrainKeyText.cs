using Catalog.Domain.Keys;

namespace Catalog.Keys;

/// <summary>
/// Makes text a user sent safe to put in a grain key. Grain state lives in the official Orleans Azure Table
/// provider, which turns <c>/ \ # ?</c> in a key into <c>_</c>: two keys differing only there would share one
/// record. <see cref="Escape"/> writes those four characters, the escape character <c>~</c>, the separator
/// <see cref="Separator"/>, control characters and unpaired surrogates (which a table key may not hold) as
/// <c>~XX</c> (<see cref="KeyEscaping"/>), so escaped text holds none of them and different texts stay different keys.
/// </summary>
public static class GrainKeyText
{
    /// <summary>Separates the parts of a composite grain key; never produced by <see cref="Escape"/>.</summary>
    public const char Separator = ':';

    /// <summary>The text with every character a stored key would lose or refuse escaped; reversible with <see cref="Unescape"/>.</summary>
    public static string Escape(string text) => KeyEscaping.Escape(text, Separator);

    /// <summary>The text <see cref="Escape"/> made <paramref name="escaped"/> from.</summary>
    public static string Unescape(string escaped) => KeyEscaping.Unescape(escaped);
}
