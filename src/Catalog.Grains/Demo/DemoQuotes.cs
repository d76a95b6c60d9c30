namespace Catalog.Grains.Demo;

/// <summary>The quotes the demo's agents write for paid services: below the $150 threshold, in the client's language.</summary>
internal static class DemoQuotes
{
    /// <summary>Below the threshold, so the agent decides alone.</summary>
    public const decimal Amount = 120m;

    /// <summary>The language of the request's title, as a stand-in for its client's preference.</summary>
    public static string Language(string title) =>
        title.Any(c => c is 'é' or 'è' or 'à' or 'ç' or 'ê') || title.StartsWith("Lettre", StringComparison.Ordinal)
        || title.StartsWith("Salle", StringComparison.Ordinal) || title.StartsWith("Portable", StringComparison.Ordinal)
            ? "fr"
            : "en";

    /// <summary>What the quote covers.</summary>
    public static string Covers(string title) => Language(title) == "fr"
        ? $"Travail et fournitures pour : {title}"
        : $"Work and supplies for: {title}";
}
