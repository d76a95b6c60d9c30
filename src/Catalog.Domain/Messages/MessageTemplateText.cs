using System.Text.RegularExpressions;

namespace Catalog.Domain.Messages;

/// <summary>
/// The text of a template: 1 to <see cref="MaxLength"/> characters, where <c>{name}</c> is a placeholder (see
/// <see cref="MessagePlaceholders"/>). Any <c>{word}</c> that is not one is refused, naming it; braces around
/// anything else ("{ }", "{1 2}") are plain text.
/// </summary>
public static partial class MessageTemplateText
{
    /// <summary>The longest template (a comment holds at most 4000 characters; placeholders grow when filled).</summary>
    public const int MaxLength = 3000;

    /// <summary>The names of the placeholders written in <paramref name="text"/>, in order, with repeats.</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The placeholders of <paramref name="text"/> that are not known, each once, in order.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text) =>
        PlaceholdersIn(text).Where(p => !MessagePlaceholders.IsKnown(p)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>What is wrong with a template's text, or null when it may be saved.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Required.";
        }

        if (text.Length > MaxLength)
        {
            return $"At most {MaxLength} characters.";
        }

        var unknown = UnknownPlaceholders(text);
        return unknown.Count == 0
            ? null
            : $"Unknown placeholder{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => "{" + u + "}"))}: use {string.Join(", ", MessagePlaceholders.All.Select(p => "{" + p + "}"))}.";
    }

    /// <summary>Replaces each <c>{name}</c> with <paramref name="value"/>(name), leaving any it returns null for as written.</summary>
    internal static string Replace(string text, Func<string, string?> value) =>
        Placeholder().Replace(text, m => value(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
