using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>A grain state that carries the audit entries of its changes until they are in the trail (see <see cref="AuditOutbox"/>).</summary>
public interface IAuditOutboxState
{
    /// <summary>
    /// Entries written with the changes they record and not yet known to be in the trail, oldest first. A plain array:
    /// the storage serializer records runtime types. Usually empty in storage: entries leave it with the next write.
    /// </summary>
    AuditEntry[] PendingAudit { get; set; }
}
