using Catalog.Catalogue;

namespace Catalog.Benchmarks.Requests;

/// <summary>One way to file: a service, its provider, and a client department allowed to ask for it.</summary>
public sealed record FilingPair(string Provider, string ServiceId, string Client);

/// <summary>
/// What the catalogue lets each department file: every (service, eligible client department other than its provider)
/// pair, read from the grains. The benchmarks that make many requests go round these.
/// </summary>
public static class FilingPlan
{
    /// <summary>Every pair of the catalogue, by service then client department.</summary>
    public static async Task<List<FilingPair>> EveryPairAsync(IGrainFactory grains)
    {
        var departments = (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToArray();
        var services = (await grains.GetCatalogueIndex().SearchAsync(new CatalogueQuery())).Items;
        var plan = new List<FilingPair>();
        foreach (var summary in services)
        {
            var details = await grains.GetService(summary.Id).GetAsync();
            var eligible = details.Current.EligibleDepartments;
            plan.AddRange(departments
                .Where(d => d != summary.DepartmentId && (eligible.Count == 0 || eligible.Contains(d)))
                .Select(d => new FilingPair(summary.DepartmentId, summary.Id, d)));
        }

        return plan;
    }

    /// <summary>One pair per service: its first eligible client department.</summary>
    public static List<FilingPair> FirstClientPerService(IEnumerable<FilingPair> pairs) =>
        [.. pairs.GroupBy(p => p.ServiceId, StringComparer.Ordinal).Select(g => g.First())];
}
