using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Catalogue;

namespace Catalog.Grains.Catalogue;

/// <summary>The stored state of one service: its versions, oldest first, and when it was retired.</summary>
[GenerateSerializer, Alias("catalog.ServiceState")]
public sealed class ServiceState : IAuditOutboxState
{
    /// <summary>Every version ever published; appended to, never rewritten. Empty until the service is created.</summary>
    [Id(0)]
    public List<ServiceEntry> Versions { get; set; } = [];

    /// <summary>When the service was retired, or null while it is active.</summary>
    [Id(1)]
    public DateTimeOffset? RetiredAt { get; set; }

    /// <inheritdoc />
    [Id(2)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
