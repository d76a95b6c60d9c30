using Catalog.Audit;
using Catalog.Complaints;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Complaints;

/// <summary>
/// The stored state of a department's complaints desk. Complaints are few beside requests (a handful a week per
/// department), so one record holds them all; the table storage's 1 MiB per record leaves room for about a thousand
/// complaints of ordinary length before old resolved ones would need to move to a table of their own.
/// </summary>
[GenerateSerializer, Alias("catalog.ComplaintDeskState")]
public sealed class ComplaintDeskState : IAuditOutboxState
{
    /// <summary>The last complaint number given.</summary>
    [Id(0)]
    public long LastNumber { get; set; }

    /// <summary>Every complaint, oldest first.</summary>
    [Id(1)]
    public List<ComplaintRecord> Complaints { get; set; } = [];

    /// <summary>The department's own standard, or null for the default.</summary>
    [Id(2)]
    public ComplaintStandardSettings? Standard { get; set; }

    /// <inheritdoc />
    [Id(3)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
