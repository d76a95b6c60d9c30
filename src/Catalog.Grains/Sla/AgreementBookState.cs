using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Sla;

/// <summary>The stored state of a provider's agreement book: every agreement with its versions, by id.</summary>
[GenerateSerializer, Alias("catalog.AgreementBookState")]
public sealed class AgreementBookState : IAuditOutboxState
{
    /// <summary>Every agreement ever created by this provider, by id; never removed (retired ones stay readable).</summary>
    [Id(0)]
    public Dictionary<string, AgreementHistory> Agreements { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    [Id(1)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
