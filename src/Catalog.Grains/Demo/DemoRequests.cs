using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Demo;

/// <summary>
/// Requests between the demo departments, filed through the intake and worked on as people would, so a new demo
/// opens on queues, clocks and a board with something on them: some new, some acknowledged or in progress, some
/// waiting on their client, one resolved. Each has a fixed idempotency key, so seeding again files nothing twice,
/// and a request's steps are taken only when it was just filed. The client department's demo requester
/// (<see cref="DemoDirectory.Requester"/>) files each one and the provider's demo agent (<see cref="DemoDirectory.Agent"/>)
/// works it, so a signed-in demo person finds their own requests. Every service filed for is open to its client.
/// </summary>
internal static class DemoRequests
{
    private sealed record Step(RequestAction Action, PauseReason? Reason = null, string? Comment = null);

    private sealed record Demo(string Client, string Service, string Title, Dictionary<string, string> Answers, Step[] Steps)
    {
        public string Requester => DemoDirectory.Requester(Client);

        public string Agent => DemoDirectory.Agent(CatalogueIds.DepartmentOf(Service)!);
    }

    private static readonly Demo[] All =
    [
        new("hr", "it.laptop-setup", "Portable pour la nouvelle commis à la paie",
            new() { ["Cost centre number"] = "CC-4410" }, [new(RequestAction.Acknowledge), new(RequestAction.Start)]),
        new("finance", "it.system-access", "Access to the month-end reporting folder",
            new() { ["Manager's approval"] = "E-mail of November 19" }, [new(RequestAction.Acknowledge)]),
        new("hr", "it.password-reset", "Locked out of the HR portal", [], []),
        new("communications", "facilities.room-setup", "Salle pour l'assemblée annuelle", [],
            [new(RequestAction.Acknowledge), new(RequestAction.WaitOnClient, PauseReason.InformationMissing, "Combien de chaises, et faut-il un lutrin?")]),
        new("legal", "it.software-install", "Install Adobe Acrobat Pro on LEG-0231",
            new() { ["Computer asset number"] = "LEG-0231" },
            [new(RequestAction.Acknowledge), new(RequestAction.Start), new(RequestAction.Resolve, Comment: "Installed; restart the computer once.")]),
        new("it", "hr.employment-letter", "Lettre d'emploi pour un prêt hypothécaire", [], [new(RequestAction.Start)]),
        new("hr", "finance.petty-cash", "Petty cash for the recruitment fair", [], []),
        new("facilities", "legal.contract-review", "Révision du contrat d'entretien ménager", [], [new(RequestAction.Acknowledge)]),
        new("procurement", "it.mobile-phone", "Work phone for the new buyer", [], []),
        new("hr", "communications.intranet-news", "Annonce du programme de mieux-être", [],
            [new(RequestAction.Acknowledge), new(RequestAction.WaitOnClient, PauseReason.ApprovalPending, "Il faut l'approbation de la directrice pour le texte.")]),
        new("finance", "hr.payroll-change", "Payroll update after a promotion", [],
            [new(RequestAction.Acknowledge), new(RequestAction.Start)]),
    ];

    /// <summary>The client department and service of every demo request, in filing order.</summary>
    public static IReadOnlyList<(string Client, string Service)> Pairs => All.Select(d => (d.Client, d.Service)).ToArray();

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
            // Keyed steps: a silo seeding at the same time takes the same step with the same key, which is taken once.
            var requestGrain = grains.GetRequest(view.Id);
            var agent = new Viewer(demo.Agent, view.ProviderDepartmentId, DepartmentRole.Agent);
            for (var s = 0; s < demo.Steps.Length; s++)
            {
                var step = demo.Steps[s];
                if (view.QuoteRequired && step.Action is RequestAction.Start or RequestAction.Resolve
                    && view.Quotes is not [.., { Status: QuoteStatus.Accepted }])
                {
                    // A paid service: the price in writing, accepted by the client, before the work.
                    await requestGrain.ProposeQuoteAsync(agent, new QuoteProposal(
                        DemoQuotes.Amount, "CAD", DemoQuotes.Covers(demo.Title), DemoQuotes.Language(demo.Title), view.FiledAt.AddDays(30),
                        IdempotencyKey: $"demo-{i + 1}-quote"));
                    view = await requestGrain.AnswerQuoteAsync(
                        new Viewer(demo.Requester, demo.Client, DepartmentRole.Requester), new QuoteAnswer(true, IdempotencyKey: $"demo-{i + 1}-accept"));
                }

                if (step.Action == RequestAction.Start && view.Status == RequestStatus.InProgress)
                {
                    // The client's acceptance of the quote handed the request back in progress.
                    continue;
                }

                view = await requestGrain.ActAsAsync(
                    agent, new RequestCommand(step.Action, demo.Agent, step.Reason, step.Comment, IdempotencyKey: $"demo-{i + 1}-step-{s + 1}"));
            }
        }

        return filed;
    }
}
