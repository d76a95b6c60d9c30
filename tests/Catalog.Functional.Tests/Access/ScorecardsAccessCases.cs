using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Scorecards and the annual review. The standards are public (seed 004): everyone signed in reads every
/// department's figures, as JSON and CSV, and they name no request, title or person (ScorecardApiTests reads them
/// as another department and looks). A scorecard of a service offered only to hr
/// is hidden (404) from those who may not see the service, as the catalogue hides it. The review's "other request"
/// texts are shown only to the provider's own people and auditors; the rest of the review, figures only, to everyone
/// (tested in ScorecardApiTests).
/// </summary>
public static class ScorecardsAccessCases
{
    private const string Period = "from=2026-01-01&to=2026-12-31";

    public static readonly AccessCase[] Cases =
    [
        Read("provider scorecard", "api/scorecards/providers/{departmentId}", $"api/scorecards/providers/it?{Period}"),
        Read("provider scorecard export", "api/scorecards/providers/{departmentId}/export", $"api/scorecards/providers/it/export?{Period}"),
        Read("service scorecard", "api/scorecards/services/{serviceId}", $"api/scorecards/services/{AccessWorld.OpenService}?{Period}"),
        Read("service scorecard export", "api/scorecards/services/{serviceId}/export", $"api/scorecards/services/{AccessWorld.OpenService}/export?{Period}"),
        Read("department pair scorecard", "api/scorecards/pairs/{providerDepartmentId}/{clientDepartmentId}", $"api/scorecards/pairs/it/hr?{Period}"),
        Read("department pair scorecard export", "api/scorecards/pairs/{providerDepartmentId}/{clientDepartmentId}/export", $"api/scorecards/pairs/it/hr/export?{Period}"),
        Read("annual review", "api/reviews/{departmentId}/{year}", "api/reviews/it/2026"),
        Read("annual review export", "api/reviews/{departmentId}/{year}/export", "api/reviews/it/2026/export"),

        new("restricted service scorecard", "GET", "api/scorecards/services/{serviceId}",
            async w => new AccessCall($"api/scorecards/services/{await w.ServiceAsync("hr")}"),
            [.. ItPeople, .. HrPeople, Auditor], Hidden: [LegalAgent]),
        new("restricted service scorecard export", "GET", "api/scorecards/services/{serviceId}/export",
            async w => new AccessCall($"api/scorecards/services/{await w.ServiceAsync("hr")}/export"),
            [.. ItPeople, .. HrPeople, Auditor], Hidden: [LegalAgent]),
    ];

    private static AccessCase Read(string name, string route, string path) =>
        new(name, "GET", route, _ => Task.FromResult(new AccessCall(path)), SignedIn);
}
