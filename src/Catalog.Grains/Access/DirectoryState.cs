using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Access;

namespace Catalog.Grains.Access;

/// <summary>The stored state of the directory: every person it knows, by lowercase id.</summary>
[GenerateSerializer, Alias("catalog.DirectoryState")]
public sealed class DirectoryState : IAuditOutboxState
{
    /// <summary>Every person, by their lowercase id.</summary>
    [Id(0)]
    public Dictionary<string, CatalogUser> People { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    [Id(1)]
    public AuditEntry[] PendingAudit { get; set; } = [];

    /// <summary>The language each person chose ("fr" or "en"), by lowercase id; someone who chose none is absent.</summary>
    [Id(2)]
    public Dictionary<string, string> Languages { get; set; } = new(StringComparer.Ordinal);
}
