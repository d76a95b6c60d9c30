using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Complaints;

/// <summary>The stored complaint roles of the organisation.</summary>
[GenerateSerializer, Alias("catalog.ComplaintOfficeState")]
public sealed class ComplaintOfficeState : IAuditOutboxState
{
    /// <summary>User ids of the complaints officers, sorted.</summary>
    [Id(0)]
    public List<string> Officers { get; set; } = [];

    /// <summary>Department id → its head's user id.</summary>
    [Id(1)]
    public Dictionary<string, string> Heads { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    [Id(2)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
