using System.Globalization;

namespace Catalog.Catalogue;

/// <summary>The two languages the catalogue is published in, and how lists are sorted in each.</summary>
public static class CatalogueLanguage
{
    /// <summary>English, the default.</summary>
    public const string English = "en";

    /// <summary>French.</summary>
    public const string French = "fr";

    /// <summary>True for "fr" and its regional forms ("fr-CA").</summary>
    public static bool IsFrench(string? language) =>
        language is not null && language.StartsWith(French, StringComparison.OrdinalIgnoreCase);

    /// <summary>"fr" or "en": anything that is not French is English.</summary>
    public static string Normalize(string? language) => IsFrench(language) ? French : English;

    /// <summary>Compares names the way a reader of the language expects: ignoring case and accents.</summary>
    public static StringComparer Comparer(string? language) =>
        StringComparer.Create(
            CultureInfo.GetCultureInfo(IsFrench(language) ? "fr-CA" : "en-CA"),
            CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
}
