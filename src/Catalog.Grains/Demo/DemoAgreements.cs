using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Sla;
using Catalog.Sla;
using static Catalog.Grains.Demo.DemoDepartments;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>
/// The demo organisation's service-level agreements and the one calendar that is not the default: agreements
/// tighten (or, for the client's own clock, loosen) what the standards promise for some clients.
/// </summary>
internal static class DemoAgreements
{
    /// <summary>Every demo agreement with its provider department.</summary>
    public static IReadOnlyList<(string Provider, AgreementDraft Draft)> All { get; } =
    [
        // Month-end close: Finance cannot wait two days for system access or the service desk.
        (It, new AgreementDraft(
            Finance,
            AgreementScope.AllServices,
            null,
            [new ClockPolicy(ClockKind.Acknowledgement, Target.BusinessHours(4))],
            T("TI — Finances : accusé de réception en 4 heures", "IT — Finance: acknowledgement within 4 hours"),
            "Entente initiale / Initial agreement")),
        (It, new AgreementDraft(
            Finance,
            AgreementScope.Service,
            "it.system-access",
            [new ClockPolicy(ClockKind.Resolution, Target.BusinessDays(1), WarningRatio: 0.5)],
            T("Accès aux systèmes financiers pour la fin de mois", "Financial systems access for month-end close"),
            "Entente initiale / Initial agreement")),
        (It, new AgreementDraft(
            Finance,
            AgreementScope.Category,
            "it-support",
            [
                new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessHours(4)),
                new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(1)),
            ],
            T("Soutien informatique prioritaire pour la fin de mois", "Priority IT support for month-end close"),
            "Entente initiale / Initial agreement")),

        // HR and every department: employees get 3 days to send missing documents; payroll changes before the cut-off.
        (Hr, new AgreementDraft(
            AgreementDraft.AnyClient,
            AgreementScope.AllServices,
            null,
            [
                new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessDays(3)),
                new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(3)),
            ],
            T("RH — tous les services : réponse en 3 jours", "HR — all departments: answer within 3 days"),
            "Entente initiale / Initial agreement")),
        (Hr, new AgreementDraft(
            AgreementDraft.AnyClient,
            AgreementScope.Service,
            "hr.payroll-change",
            [new ClockPolicy(ClockKind.Resolution, Target.BusinessDays(3), WarningRatio: 0.6)],
            T("Changements de paie avant la date limite de la paie", "Payroll changes before the pay cut-off"),
            "Entente initiale / Initial agreement")),

        // Facilities and Communications: events cannot move, so room set-ups are confirmed fast.
        (Facilities, new AgreementDraft(
            Communications,
            AgreementScope.Category,
            "events",
            [
                new ClockPolicy(ClockKind.Acknowledgement, Target.BusinessHours(4)),
                new ClockPolicy(ClockKind.Resolution, Target.BusinessDays(3), WarningRatio: 0.6),
                new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(1)),
            ],
            T("Installations — Communications : événements", "Facilities — Communications: events"),
            "Entente initiale / Initial agreement")),

        // Legal reviews wait on documents from every department: a longer client clock.
        (Legal, new AgreementDraft(
            AgreementDraft.AnyClient,
            AgreementScope.AllServices,
            null,
            [new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(5))],
            T("Affaires juridiques : 5 jours pour fournir les documents", "Legal: 5 days to provide documents"),
            "Entente initiale / Initial agreement")),
    ];

    /// <summary>
    /// Departments whose calendar is not the default: Communications works with the Quebec office and closes on the
    /// Fête nationale (24 June) and on Christmas.
    /// </summary>
    public static IReadOnlyList<(string Department, CalendarSettings Calendar)> Calendars { get; } =
    [
        (Communications, CalendarSettingsMapping.Default("America/Toronto") with
        {
            YearlyHolidays = new[] { new YearlyHoliday(6, 24), new YearlyHoliday(12, 25) },
        }),
    ];

    /// <summary>
    /// Adds the demo agreements a provider does not have yet (for the same client and scope, retired or not) and
    /// sets the demo calendars of departments still on the default calendar. Runs after the services exist.
    /// </summary>
    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        foreach (var provider in All.GroupBy(a => a.Provider, a => a.Draft))
        {
            var book = grains.GetAgreementBook(provider.Key);
            var existing = await book.ListAsync();
            foreach (var draft in provider.Where(d => !existing.Any(a => AgreementVersions.Covers(a, d))))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await book.CreateAsync(draft);
                }
                catch (CatalogConflictException)
                {
                    // Created meanwhile by another seeding silo: nothing to add.
                }
            }
        }

        foreach (var (department, calendar) in Calendars)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.GetCalendar(department);
            var current = await grain.GetAsync();
            if (CalendarSettingsComparer.Instance.Equals(current, CalendarSettingsMapping.Default(current.TimeZoneId)))
            {
                await grain.SetAsync(calendar);
            }
        }
    }
}
