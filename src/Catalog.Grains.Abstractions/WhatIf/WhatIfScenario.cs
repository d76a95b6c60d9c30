using Catalog.Sla;

namespace Catalog.WhatIf;

/// <summary>
/// A change a manager considers, as one request is asked to read itself under it: a version of one agreement (the
/// clocks it names), or a department's calendar.
/// </summary>
/// <param name="AgreementId">The agreement whose requests the change is about; null for a calendar change.</param>
/// <param name="AgreementVersion">The version the clocks are (or would be) published as.</param>
/// <param name="Clocks">The clocks that version sets; the request's other clocks keep their terms.</param>
/// <param name="CalendarDepartmentId">The department whose calendar changes; null for an agreement change.</param>
/// <param name="Calendar">The calendar the department would have.</param>
[GenerateSerializer, Immutable, Alias("catalog.WhatIfScenario")]
public sealed record WhatIfScenario(
    [property: Id(0)] string? AgreementId,
    [property: Id(1)] int? AgreementVersion,
    [property: Id(2)] IReadOnlyList<ClockPolicy>? Clocks,
    [property: Id(3)] string? CalendarDepartmentId,
    [property: Id(4)] CalendarSettings? Calendar)
{
    /// <summary>A new version of an agreement.</summary>
    public static WhatIfScenario ForAgreement(string agreementId, int version, IReadOnlyList<ClockPolicy> clocks) =>
        new(agreementId, version, [.. clocks], null, null);

    /// <summary>A department's new calendar.</summary>
    public static WhatIfScenario ForCalendar(string departmentId, CalendarSettings calendar) =>
        new(null, null, null, departmentId, calendar);
}
