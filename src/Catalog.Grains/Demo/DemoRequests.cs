using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Demo;

/// <summary>
/// Requests between the demo departments, filed through the intake and worked on as people would, so a new demo
/// opens on queues, clocks and a board with something on them: some new, some acknowledged or in progress, some
/// waiting on their client, one resolved. Each has a fixed idempotency key, so seeding again files nothing twice,
/// and a request's steps are taken only when it was just filed.
/// </summary>
internal static class DemoRequests
{
    private const string Agent = "Karim Dupuis";

    private sealed record Step(RequestAction Action, PauseReason? Reason = null, string? Comment = null);

    private sealed record Demo(string Client, string Service, string Requester, string Title, Dictionary<string, string> Answers, Step[] Steps);

    private static readonly Demo[] All =
    [
        new("hr", "it.laptop-setup", "Marie Tremblay", "Portable pour la nouvelle commis à la paie",
            new() { ["Cost centre number"] = "CC-4410" }, [new(RequestAction.Acknowledge), new(RequestAction.Start)]),
        new("finance", "it.system-access", "Jean Gagnon", "Access to the month-end reporting folder",
            new() { ["Manager's approval"] = "E-mail of November 19" }, [new(RequestAction.Acknowledge)]),
        new("hr", "it.password-reset", "Sophie Martin", "Locked out of the HR portal", [], []),
        new("communications", "facilities.room-setup", "Émilie Roy", "Salle pour l'assemblée annuelle", [],
            [new(RequestAction.Acknowledge), new(RequestAction.WaitOnClient, PauseReason.InformationMissing, "Combien de chaises, et faut-il un lutrin?")]),
        new("legal", "it.software-install", "Anne Lavoie", "Install Adobe Acrobat Pro on LEG-0231",
            new() { ["Computer asset number"] = "LEG-0231" },
            [new(RequestAction.Acknowledge), new(RequestAction.Start), new(RequestAction.Resolve, Comment: "Installed; restart the computer once.")]),
        new("it", "hr.employment-letter", "Luc Bouchard", "Lettre d'emploi pour un prêt hypothécaire", [], [new(RequestAction.Start)]),
        new("hr", "finance.petty-cash", "Marie Tremblay", "Petty cash for the recruitment fair", [], []),
        new("facilities", "legal.contract-review", "Paul Côté", "Révision du contrat d'entretien ménager", [], [new(RequestAction.Acknowledge)]),
        new("procurement", "it.mobile-phone", "Nadia Haddad", "Work phone for the new buyer", [], []),
        new("hr", "communications.intranet-news", "Sophie Martin", "Annonce du programme de mieux-être", [],
            [new(RequestAction.Acknowledge), new(RequestAction.WaitOnClient, PauseReason.ApprovalPending, "Il faut l'approbation de la directrice pour le texte.")]),
        new("finance", "hr.payroll-change", "Jean Gagnon", "Payroll update after a promotion", [],
            [new(RequestAction.Acknowledge), new(RequestAction.Start)]),
    ];

    /// <summary>Files the demo requests that are missing and takes their steps; returns how many it filed.</summary>
    public static async Task<int> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var filed = 0;
        for (var i = 0; i < All.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var demo = All[i];
            var request = new FileRequest(demo.Service, demo.Client, demo.Requester, demo.Title, demo.Answers, $"demo-{i + 1}");
            var view = await grains.GetRequestIntake(demo.Client, request.IdempotencyKey).FileAsync(request);
            if (view.History.Count > 0)
            {
                continue;
            }

            filed++;
            foreach (var step in demo.Steps)
            {
                await grains.GetRequest(view.Id).ActAsync(new RequestCommand(step.Action, Agent, step.Reason, step.Comment));
            }
        }

        return filed;
    }
}
