namespace Catalog.Errors;

/// <summary>
/// The caller may not do this (HTTP 403). The message says which right is missing and never carries the data
/// asked for. Where the existence of a thing is itself confidential (another department's request), callers
/// answer <see cref="CatalogNotFoundException"/> instead.
/// </summary>
[GenerateSerializer, Alias("catalog.CatalogForbiddenException")]
public sealed class CatalogForbiddenException : Exception
{
    /// <summary>A refusal explaining which right is missing, e.g. "Only managers of it may edit its catalogue.".</summary>
    public CatalogForbiddenException(string message)
        : base(message)
    {
    }
}
