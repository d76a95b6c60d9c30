using Catalog.Domain.Access;
using Catalog.Sla;

namespace Catalog.WhatIf;

/// <summary>
/// What-if previews of a provider department's agreement and calendar changes, and the migrations that apply them to
/// open requests (key = department id). Callers check access: the department's managers and administrators.
/// </summary>
public interface IWhatIfGrain : IGrainWithStringKey
{
    /// <summary>
    /// What publishing <paramref name="draft"/> as the next version of <paramref name="agreementId"/> would do: the
    /// open requests on it whose due instants or standing would change if migrated, and the last quarter's compliance
    /// of its requests replayed under it. CatalogValidationException when the draft is invalid, 404 when unknown.
    /// </summary>
    Task<WhatIfPreview> PreviewAgreementAsync(Viewer viewer, string agreementId, AgreementDraft draft);

    /// <summary>Moves open requests onto the agreement's current version (see <see cref="MigrationOrder"/>); audited.</summary>
    Task<MigrationResult> MigrateAgreementAsync(Viewer viewer, string agreementId, MigrationOrder order);

    /// <summary>What publishing <paramref name="draft"/> as the department's calendar would do.</summary>
    Task<WhatIfPreview> PreviewCalendarAsync(Viewer viewer, CalendarSettings draft);

    /// <summary>
    /// Publishes the calendar and re-times the open requests it moves. CatalogConflictException when it moves some
    /// and <see cref="CalendarPublication.Confirm"/> is false.
    /// </summary>
    Task<CalendarPublished> PublishCalendarAsync(Viewer viewer, CalendarPublication publication);
}
