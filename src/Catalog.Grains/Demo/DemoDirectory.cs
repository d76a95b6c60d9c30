using Catalog.Access;
using Catalog.Domain.Access;
using static Catalog.Grains.Demo.DemoDepartments;

namespace Catalog.Grains.Demo;

/// <summary>
/// The people of the demo organisation: in each department a requester (<c>{department}.requester</c>), an agent
/// (<c>{department}.agent</c>) and a manager (<c>{department}.manager</c>), plus a catalogue administrator
/// (<see cref="CatalogueAdministratorId"/>) and an auditor (<see cref="AuditorId"/>). The demo sign-in offers them.
/// </summary>
public static class DemoDirectory
{
    /// <summary>The demo's catalogue administrator (a manager of IT).</summary>
    public const string CatalogueAdministratorId = "catalogue.admin";

    /// <summary>The demo's auditor (a requester of Finance).</summary>
    public const string AuditorId = "org.auditor";

    /// <summary>Every demo person, by department, then the two organisation-wide roles.</summary>
    public static IReadOnlyList<CatalogUser> People { get; } =
    [
        .. Department(It, "Luc Bouchard", "Karim Dupuis", "Daniel Chen"),
        .. Department(Hr, "Marie Tremblay", "Sophie Martin", "Isabelle Fortin"),
        .. Department(Finance, "Jean Gagnon", "Priya Sharma", "Michel Ouellet"),
        .. Department(Facilities, "Paul Côté", "Mathieu Bergeron", "Julie Morin"),
        .. Department(Legal, "Anne Lavoie", "Amélie Roy", "François Bélanger"),
        .. Department(Communications, "Émilie Pelletier", "Thomas Nguyen", "Catherine Leblanc"),
        .. Department(Procurement, "Nadia Haddad", "Alexandre Girard", "Sarah Thompson"),
        new(CatalogueAdministratorId, "Geneviève Caron", It, DepartmentRole.Manager, CatalogueAdministrator: true),
        new(AuditorId, "Robert Wilson", Finance, DepartmentRole.Requester, Auditor: true),
    ];

    /// <summary>The id of the demo requester of <paramref name="departmentId"/>.</summary>
    public static string Requester(string departmentId) => $"{departmentId}.requester";

    /// <summary>The id of the demo agent of <paramref name="departmentId"/>.</summary>
    public static string Agent(string departmentId) => $"{departmentId}.agent";

    /// <summary>The id of the demo manager of <paramref name="departmentId"/>.</summary>
    public static string Manager(string departmentId) => $"{departmentId}.manager";

    /// <summary>
    /// Puts the demo people in the directory when it holds nobody yet (a directory with anyone in it is left as it
    /// is); returns how many it added.
    /// </summary>
    public static async Task<int> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var directory = grains.GetDirectory();
        if ((await directory.ListAsync()).Count > 0)
        {
            return 0;
        }

        foreach (var person in People)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await directory.SetAsync(person);
        }

        return People.Count;
    }

    private static CatalogUser[] Department(string departmentId, string requester, string agent, string manager) =>
    [
        new(Requester(departmentId), requester, departmentId, DepartmentRole.Requester),
        new(Agent(departmentId), agent, departmentId, DepartmentRole.Agent),
        new(Manager(departmentId), manager, departmentId, DepartmentRole.Manager),
    ];
}
