using Catalog.Approvals;
using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Approvals;

/// <summary>The stored approval settings of a department; null until a manager changes the seed's defaults.</summary>
[GenerateSerializer, Alias("catalog.ApprovalSettingsState")]
public sealed class ApprovalSettingsState : IAuditOutboxState
{
    /// <summary>The settings, once changed.</summary>
    [Id(0)]
    public ApprovalSettings? Settings { get; set; }

    /// <inheritdoc />
    [Id(1)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
