using Catalog.Catalogue;

namespace Catalog.Complaints;

/// <summary>Finds the complaint grains, and reads complaint facts for reports.</summary>
public static class ComplaintGrainFactoryExtensions
{
    /// <summary>The key of the organisation's single complaints office. Stored: never change it.</summary>
    public const string OrganisationKey = "org";

    /// <summary>The complaints desk of a provider department.</summary>
    public static IComplaintDeskGrain GetComplaintDesk(this IGrainFactory grains, string providerDepartmentId) =>
        grains.GetGrain<IComplaintDeskGrain>(providerDepartmentId);

    /// <summary>The organisation's complaint roles.</summary>
    public static IComplaintOfficeGrain GetComplaintOffice(this IGrainFactory grains) =>
        grains.GetGrain<IComplaintOfficeGrain>(OrganisationKey);

    /// <summary>
    /// The facts of every complaint filed in [<paramref name="from"/>, <paramref name="to"/>) against
    /// <paramref name="providerDepartmentIds"/> (null: every department of the organisation): the query scorecards and
    /// the annual review count complaints with.
    /// </summary>
    public static async Task<IReadOnlyList<ComplaintFact>> ComplaintFactsAsync(
        this IGrainFactory grains, DateTimeOffset from, DateTimeOffset to, IEnumerable<string>? providerDepartmentIds = null)
    {
        var departments = providerDepartmentIds?.ToArray()
            ?? (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToArray();
        var facts = await Task.WhenAll(departments.Select(d => grains.GetComplaintDesk(d).FactsAsync(from, to)));
        return facts.SelectMany(f => f).OrderBy(f => f.FiledAt).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();
    }
}
