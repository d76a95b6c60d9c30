namespace Catalog.Grains.Sla;

/// <summary>
/// The grain type and state names of the SLA grains. They are part of every grain id and storage key: pinned here
/// so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class SlaGrainTypes
{
    /// <summary>See <see cref="AgreementBookGrain"/>.</summary>
    public const string AgreementBook = "catalog.agreement-book";

    /// <summary>See <see cref="CalendarGrain"/>.</summary>
    public const string Calendar = "catalog.calendar";

    /// <summary>The state name of <see cref="AgreementBookGrain"/>.</summary>
    public const string AgreementsState = "agreements";

    /// <summary>The state name of <see cref="CalendarGrain"/>.</summary>
    public const string CalendarState = "calendar";
}
