using System.Globalization;
using System.Text;

namespace Catalog.Domain.Catalogue;

/// <summary>Folds text for case- and accent-insensitive search: "Équipement" and "equipement" match.</summary>
public static class SearchText
{
    /// <summary>Lower-cases, decomposes (FormD), drops the combining marks and spells out ligatures.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    AppendLower(folded, c);
                    break;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when every word of the folded query occurs in the folded haystack (an empty query matches).</summary>
    public static bool Matches(string foldedHaystack, string? query)
    {
        foreach (var word in Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!foldedHaystack.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendLower(StringBuilder folded, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ':
                folded.Append("oe");
                break;
            case 'æ' or 'Æ':
                folded.Append("ae");
                break;
            case 'ß':
                folded.Append("ss");
                break;
            default:
                folded.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
