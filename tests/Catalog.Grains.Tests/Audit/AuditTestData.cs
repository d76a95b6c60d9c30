using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Tests.Audit;

/// <summary>The caller the audit tests act as, and how they read what was recorded.</summary>
internal static class AuditTestData
{
    /// <summary>Ines, IT's manager, from 10.0.0.7.</summary>
    public static AuditCaller Ines { get; } = new("it.manager", "Ines", "it", "10.0.0.7", "test");

    /// <summary>Someone else: Marc, HR's agent, from 10.0.0.9.</summary>
    public static AuditCaller Someone { get; } = new("hr.agent", "Marc", "hr", "10.0.0.9", "test");

    /// <summary>Sets <see cref="Ines"/> as the caller of the grain calls made from here on in this test.</summary>
    public static void ActAsInes() => CallerContext.Set(Ines);

    /// <summary>What the trail holds about one entity, oldest first.</summary>
    public static IReadOnlyList<AuditEntry> For(this InMemoryAuditTrail trail, string entityType, string entityId) =>
        trail.Entries.Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
}
