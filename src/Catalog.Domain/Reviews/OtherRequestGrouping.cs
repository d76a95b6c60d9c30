namespace Catalog.Domain.Reviews;

/// <summary>
/// Groups "Other request" texts by their <see cref="Keywords"/>: taken in order, a text joins the first group that
/// already holds at least half of its keywords (and at least one), else starts a group. A text without keywords
/// joins the group of texts without keywords. A group is labelled with the keywords shared by at least half of its
/// texts (at most three, most frequent first).
/// </summary>
public static class OtherRequestGrouping
{
    /// <summary>The groups of <paramref name="texts"/>, largest first (then by label).</summary>
    public static IReadOnlyList<OtherRequestGroup> Group(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var groups = new List<(HashSet<string> Keywords, List<(string Text, IReadOnlyList<string> Words)> Members)>();
        foreach (var text in texts)
        {
            var words = Keywords.Of(text);
            var home = groups.FindIndex(g => words.Count == 0
                ? g.Keywords.Count == 0
                : g.Keywords.Count > 0 && words.Count(g.Keywords.Contains) * 2 >= words.Count);
            if (home < 0)
            {
                groups.Add((new HashSet<string>(StringComparer.Ordinal), []));
                home = groups.Count - 1;
            }

            groups[home].Keywords.UnionWith(words);
            groups[home].Members.Add((text, words));
        }

        return groups
            .Select(g => new OtherRequestGroup(Label(g.Members.Select(m => m.Words).ToList()), g.Members.Count, g.Members.Select(m => m.Text).ToList()))
            .OrderByDescending(g => g.Count).ThenBy(g => string.Join(' ', g.Keywords), StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<string> Label(List<IReadOnlyList<string>> members) =>
        members.SelectMany(w => w)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 >= members.Count)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => g.Key)
            .ToList();
}
