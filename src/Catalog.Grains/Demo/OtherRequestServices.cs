using Catalog.Catalogue;
using Catalog.Scorecards;
using static Catalog.Grains.Demo.DemoDepartments;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>
/// Every demo department's "Other request" entry (<see cref="OtherRequestEntries"/>): a client asks in free text for
/// what the catalogue does not offer, and the annual review groups those texts. Handled as an evaluation request
/// (10 business days, seed 004), free until a quote says otherwise. Seeded like every demo entry, by its id: a
/// store seeded before these entries existed gets them at the next start.
/// </summary>
internal static class OtherRequestServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        For(It, "it-support"),
        For(Hr, "hr-administration"),
        For(Finance, "finance"),
        For(Facilities, "facilities"),
        For(Legal, "legal"),
        For(Communications, "communications"),
        For(Procurement, "procurement"),
    ];

    private static ServiceDraft For(string department, string category) =>
        DemoService.Create(
            OtherRequestEntries.IdFor(department), category,
            T("Autre demande", "Other request"),
            T("Vous ne trouvez pas ce qu'il vous faut dans le catalogue ? Décrivez votre besoin : nous l'évaluons et vous répondons, et la revue annuelle du catalogue en tient compte.",
              "Cannot find what you need in the catalogue? Describe it: we assess it and answer you, and the catalogue's annual review takes it into account."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Décrire le besoin en quelques phrases.", "Describe the need in a few sentences."),
                T("Recevoir l'évaluation et, s'il y a lieu, le prix par écrit avant le début des travaux.", "Receive the assessment and, where needed, the price in writing before the work begins."),
            ]);
}
