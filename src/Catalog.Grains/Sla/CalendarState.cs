using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>The stored state of a department's calendar.</summary>
[GenerateSerializer, Alias("catalog.CalendarState")]
public sealed class CalendarState : IAuditOutboxState
{
    /// <summary>The calendar as set, normalized and with plain arrays; null until set (the default applies).</summary>
    [Id(0)]
    public CalendarSettings? Settings { get; set; }

    /// <inheritdoc />
    [Id(1)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
