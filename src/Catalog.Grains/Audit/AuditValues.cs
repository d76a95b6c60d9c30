using System.Globalization;

namespace Catalog.Grains.Audit;

/// <summary>How values appear in audit changes: short strings, lists joined compactly, long text cut.</summary>
public static class AuditValues
{
    /// <summary>The longest value a change keeps; longer ones end with <see cref="Ellipsis"/>.</summary>
    public const int MaxLength = 200;

    /// <summary>Marks a value that was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>The text, cut to <see cref="MaxLength"/> characters; null stays null.</summary>
    public static string? Text(string? value) =>
        value is null || value.Length <= MaxLength ? value : string.Concat(value.AsSpan(0, MaxLength - Ellipsis.Length), Ellipsis);

    /// <summary>The items joined with ", " and cut like <see cref="Text"/>; an empty list is null.</summary>
    public static string? List(IEnumerable<string>? items)
    {
        var joined = items is null ? "" : string.Join(", ", items);
        return joined.Length == 0 ? null : Text(joined);
    }

    /// <summary>A number or instant in the invariant culture.</summary>
    public static string Of(IFormattable value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        _ => value.ToString(null, CultureInfo.InvariantCulture),
    };

    /// <summary>"true" or "false".</summary>
    public static string Of(bool value) => value ? "true" : "false";
}
