namespace Catalog.Domain.Messages;

/// <summary>The two official languages a message is written in: "fr" and "en".</summary>
public static class MessageLanguages
{
    /// <summary>French.</summary>
    public const string French = "fr";

    /// <summary>English, the default.</summary>
    public const string English = "en";

    /// <summary>Both, French first.</summary>
    public static IReadOnlyList<string> All { get; } = [French, English];

    /// <summary>Whether <paramref name="language"/> is exactly "fr" or "en".</summary>
    public static bool IsKnown(string? language) => language is French or English;

    /// <summary>"fr" for French and its regional forms ("fr-CA"), otherwise "en".</summary>
    public static string Normalize(string? language) =>
        language is not null && language.StartsWith(French, StringComparison.OrdinalIgnoreCase) ? French : English;
}
