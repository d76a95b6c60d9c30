namespace Catalog.Errors;

/// <summary>
/// A user's input broke a rule; nothing was stored. Carries the failures per field so the web tier
/// answers 400 with problem details naming each field.
/// </summary>
[GenerateSerializer, Alias("catalog.CatalogValidationException")]
public sealed class CatalogValidationException : Exception
{
    /// <summary>Creates the exception from the failures per field (camelCase field paths, e.g. "name.fr").</summary>
    public CatalogValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the exception for a single field.</summary>
    public CatalogValidationException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }

    /// <summary>The failures: field path → messages.</summary>
    [Id(0)]
    public IReadOnlyDictionary<string, string[]> Errors { get; init; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        "Invalid input: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
