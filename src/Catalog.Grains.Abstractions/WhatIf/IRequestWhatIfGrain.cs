using Catalog.Domain.Access;
using Catalog.Sla;
using Orleans.Concurrency;

namespace Catalog.WhatIf;

/// <summary>
/// A request (same grain and key as IRequestGrain) as the what-if previews and migrations reach it. Callers check who
/// may: the provider's managers and administrators, through <see cref="IWhatIfGrain"/>.
/// </summary>
public interface IRequestWhatIfGrain : IGrainWithStringKey
{
    /// <summary>Reads the request now and under <paramref name="scenario"/>; changes nothing. CatalogNotFoundException when unknown.</summary>
    [ReadOnly]
    Task<RequestWhatIf> WhatIfAsync(WhatIfScenario scenario);

    /// <summary>
    /// Moves the open request onto a newer version of its agreement, as <paramref name="actor"/>: its clocks take the
    /// version's targets, its history says "agreement migrated" with both versions, the audit trail records it.
    /// CatalogConflictException when it is closed, on another agreement or already on that version or a later one.
    /// </summary>
    Task<RequestWhatIf> MigrateAgreementAsync(Viewer actor, AgreementMigration migration);

    /// <summary>
    /// Re-reads the request in <paramref name="departmentId"/>'s calendar as it is now (just published) instead of
    /// <paramref name="previous"/>; when its due instants or standing moved, records it in its history and the audit
    /// trail, as <paramref name="actor"/>. Returns whether they moved.
    /// </summary>
    Task<bool> ApplyCalendarAsync(Viewer actor, string departmentId, CalendarSettings previous);
}
