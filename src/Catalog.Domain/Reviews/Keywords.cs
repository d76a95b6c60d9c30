using System.Globalization;
using System.Text;

namespace Catalog.Domain.Reviews;

/// <summary>
/// The normalised keywords of a free text, French or English: lower case, accents removed, words of three letters
/// or more that are not common words, a plural "s" or "x" dropped from longer words. "Nouvelles licences Adobe" and
/// "licence adobe" share <c>licence</c> and <c>adobe</c>.
/// </summary>
public static class Keywords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "the", "and", "for", "with", "our", "your", "from", "that", "this", "have", "has", "need", "needs", "want",
        "would", "like", "please", "can", "could", "new", "some", "all", "any", "are", "was", "were", "will", "into",
        "about", "who", "what", "when", "how", "not", "but", "also", "more", "help", "get", "request", "team",
        // French
        "les", "des", "une", "pour", "avec", "dans", "sur", "par", "nous", "vous", "notre", "votre", "nos", "vos",
        "est", "sont", "qui", "que", "quoi", "aux", "du", "de", "la", "le", "un", "et", "ou", "en", "au", "ce",
        "ces", "cette", "pas", "plus", "besoin", "aimerait", "aimerions", "voudrions", "souhaitons", "merci",
        "demande", "nouveau", "nouvelle", "nouveaux", "nouvelles", "equipe", "svp", "afin", "faire", "avoir",
    };

    /// <summary>The distinct keywords of <paramref name="text"/>, in the order they first appear.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var plain = RemoveAccents(text.ToLowerInvariant());
        var word = new StringBuilder();
        foreach (var c in plain.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var keyword = Stem(word.ToString());
                word.Clear();
                if (keyword.Length >= 3 && !StopWords.Contains(keyword) && !words.Contains(keyword))
                {
                    words.Add(keyword);
                }
            }
        }

        return words;
    }

    private static string Stem(string word) =>
        word.Length > 4 && word[^1] is 's' or 'x' && word[^2] != 's' ? word[..^1] : word;

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
