namespace Catalog.Grains.WhatIf;

/// <summary>
/// The names of the what-if steps as a request's history and the audit trail record them. Stored: never rename.
/// </summary>
public static class WhatIfSteps
{
    /// <summary>A manager moved the open request onto a newer version of its agreement (comment: "id vN → vM").</summary>
    public const string AgreementMigrated = "AgreementMigrated";

    /// <summary>A department's new calendar moved the request's due instants (comment: the department id).</summary>
    public const string CalendarApplied = "CalendarApplied";

    /// <summary>The audit action of a what-if preview (on the agreement or calendar previewed).</summary>
    public const string Previewed = "WhatIfPreviewed";

    /// <summary>The audit action of a migration, on the agreement.</summary>
    public const string Migrated = "Migrated";

    /// <summary>The history comment of a migration: language-neutral, the pages word the step.</summary>
    public static string MigrationNote(string agreementId, int? from, int to) => $"{agreementId} v{from?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} → v{to}";
}
