using Catalog.Access;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Grains.Demo;

namespace Catalog.Grains.Complaints;

/// <summary>
/// The demo organisation's complaint roles: a head for each demo department (<c>{department}.head</c>, a manager of
/// it) and a complaints officer (<see cref="OfficerId"/>, a requester of Legal), added to the directory when missing
/// and designated when nobody is yet. Idempotent.
/// </summary>
public static class ComplaintsDemo
{
    /// <summary>The demo's complaints officer.</summary>
    public const string OfficerId = "org.complaints";

    /// <summary>The demo heads' names, by department.</summary>
    private static readonly (string Department, string Name)[] HeadNames =
    [
        (DemoDepartments.It, "Martin Lefebvre"),
        (DemoDepartments.Hr, "Chantal Gauthier"),
        (DemoDepartments.Finance, "Olivier Simard"),
        (DemoDepartments.Facilities, "Nathalie Boucher"),
        (DemoDepartments.Legal, "Pierre Lapointe"),
        (DemoDepartments.Communications, "Valérie Poirier"),
        (DemoDepartments.Procurement, "Stéphane Caron"),
    ];

    /// <summary>The id of the demo head of <paramref name="departmentId"/>.</summary>
    public static string Head(string departmentId) => $"{departmentId}.head";

    /// <summary>The people the demo adds for complaints.</summary>
    public static IReadOnlyList<CatalogUser> People { get; } =
    [
        .. HeadNames.Select(h => new CatalogUser(Head(h.Department), h.Name, h.Department, DepartmentRole.Manager)),
        new(OfficerId, "Hélène Gagné", DemoDepartments.Legal, DepartmentRole.Requester),
    ];

    /// <summary>Adds the missing demo people and designates them where nobody is designated; returns how many people it added.</summary>
    public static async Task<int> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var directory = grains.GetDirectory();
        var added = 0;
        foreach (var person in People)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await directory.FindAsync(person.Id) is null)
            {
                await directory.SetAsync(person);
                added++;
            }
        }

        // Designated as Catalog itself, with the rights of an administrator.
        var seeder = new Viewer(Catalog.Audit.AuditCaller.System, null, DepartmentRole.Requester, CatalogueAdministrator: true);
        var office = grains.GetComplaintOffice();
        var roles = await office.GetAsync();
        if (roles.Officers.Count == 0)
        {
            await office.SetOfficerAsync(seeder, OfficerId, true);
        }

        foreach (var (department, _) in HeadNames)
        {
            if (!roles.Heads.ContainsKey(department))
            {
                await office.SetHeadAsync(seeder, department, Head(department));
            }
        }

        return added;
    }
}
