namespace Catalog.Errors;

/// <summary>The thing asked for does not exist (an unknown service, request, department…): HTTP 404.</summary>
[GenerateSerializer, Alias("catalog.CatalogNotFoundException")]
public sealed class CatalogNotFoundException : Exception
{
    /// <summary>Names what was missing, e.g. ("service", "it.laptop").</summary>
    public CatalogNotFoundException(string kind, string id)
        : base($"No {kind} '{id}' exists.")
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>What kind of thing was missing.</summary>
    [Id(0)]
    public string Kind { get; init; }

    /// <summary>The id that was asked for.</summary>
    [Id(1)]
    public string Id { get; init; }
}
