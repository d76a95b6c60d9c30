using Catalog.Catalogue;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// Which clocks a request runs (pure): per clock, the most specific agreement in force that names it, then the
/// service's standards (its turnaround for the resolution clock), then the organisation's defaults.
/// </summary>
internal static class AgreementResolver
{
    /// <summary>Every clock a request runs, in the order <see cref="ResolvedClocks.Clocks"/> lists them.</summary>
    public static IReadOnlyList<ClockKind> Kinds { get; } =
        [ClockKind.Acknowledgement, ClockKind.FirstAnswer, ClockKind.Resolution, ClockKind.ClientResponse];

    /// <summary>
    /// Resolves the clocks of a request for <paramref name="service"/> filed by <paramref name="clientDepartmentId"/>
    /// under <paramref name="agreements"/> (the provider's current versions; retired ones are skipped). Precedence,
    /// per clock: service+client, category+client, all+client, service+any, category+any, all+any; then the
    /// standards; then the defaults. The agreement reported is the most specific one that set at least one clock.
    /// </summary>
    public static ResolvedClocks Resolve(IEnumerable<Agreement> agreements, ServiceEntry service, string clientDepartmentId)
    {
        var applicable = agreements
            .Where(a => !a.Retired)
            .Select(a => (Agreement: a, Rank: Rank(a, service, clientDepartmentId)))
            .Where(r => r.Rank >= 0)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Agreement.Id, StringComparer.Ordinal)
            .Select(r => r.Agreement)
            .ToArray();

        var clocks = new ClockPolicy[Kinds.Count];
        Agreement? mostSpecific = null;
        var mostSpecificIndex = int.MaxValue;
        for (var k = 0; k < Kinds.Count; k++)
        {
            var kind = Kinds[k];
            var index = Array.FindIndex(applicable, a => a.Clocks.Any(c => c.Kind == kind));
            if (index < 0)
            {
                clocks[k] = FromService(kind, service);
                continue;
            }

            clocks[k] = applicable[index].Clocks.First(c => c.Kind == kind);
            if (index < mostSpecificIndex)
            {
                mostSpecificIndex = index;
                mostSpecific = applicable[index];
            }
        }

        // How the clocks run while a quote waits: the most specific agreement that says, else the provider pauses.
        var quoteWait = applicable.FirstOrDefault(a => a.QuoteWait is not null)?.QuoteWait ?? Domain.Requests.QuoteWait.PauseProvider;
        return new ResolvedClocks(clocks, mostSpecific?.Id, mostSpecific?.Version, quoteWait);
    }

    /// <summary>A clock no agreement names: the service's standard for it, else the default.</summary>
    public static ClockPolicy FromService(ClockKind kind, ServiceEntry service)
    {
        var standard = service.Standards.FirstOrDefault(s => s.Clock == kind);
        return new ClockPolicy(kind, standard?.Target ?? DefaultTarget(kind, service));
    }

    /// <summary>
    /// The default target of a clock: acknowledgement 1 business day, first answer 5 business days, client response
    /// 2 business days (seed 004), resolution the service's turnaround.
    /// </summary>
    public static Target DefaultTarget(ClockKind kind, ServiceEntry service) => kind switch
    {
        ClockKind.Acknowledgement => Target.BusinessDays(1),
        ClockKind.FirstAnswer => Target.BusinessDays(5),
        ClockKind.ClientResponse => Target.BusinessDays(2),
        _ => service.Turnaround,
    };

    /// <summary>0 (service+client) to 5 (all+any client), or -1 when the agreement does not cover the request.</summary>
    private static int Rank(Agreement agreement, ServiceEntry service, string clientDepartmentId)
    {
        var client = agreement.ClientDepartmentId == clientDepartmentId ? 0
            : agreement.ClientDepartmentId == AgreementDraft.AnyClient ? 3
            : -1;
        var scope = agreement.Scope switch
        {
            AgreementScope.Service when agreement.ScopeValue == service.Id => 0,
            AgreementScope.Category when agreement.ScopeValue == service.Category => 1,
            AgreementScope.AllServices => 2,
            _ => -1,
        };
        return client < 0 || scope < 0 ? -1 : client + scope;
    }
}
