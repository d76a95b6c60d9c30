using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Catalogue;

namespace Catalog.Grains.Catalogue;

/// <summary>The stored state of the catalogue index: the summary of every service and the departments.</summary>
[GenerateSerializer, Alias("catalog.CatalogueIndexState")]
public sealed class CatalogueIndexState : IAuditOutboxState
{
    /// <summary>The current summary of every service, by id.</summary>
    [Id(0)]
    public Dictionary<string, ServiceSummary> Services { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every department as defined, by id.</summary>
    [Id(1)]
    public Dictionary<string, DepartmentDraft> Departments { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    [Id(2)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
