using Catalog.Domain.Messages;
using Catalog.Messages;
using static Catalog.Grains.Demo.DemoDepartments;

namespace Catalog.Grains.Demo;

/// <summary>
/// The demo departments' libraries of standard messages: seed 000's uniform messages (late client, missed
/// appointment, aggressive client, waiting on information, resolved…) in French with their English equivalents
/// (<see cref="StandardMessages"/>), each signed by the department's team. Saved only where a department has no text
/// of its own yet, so seeding again changes nothing and a manager's edits are kept.
/// </summary>
internal static class DemoMessages
{
    /// <summary>Each demo department's signature in French and English.</summary>
    private static readonly (string Department, string Fr, string En)[] Teams =
    [
        (It, "L'équipe des Technologies de l'information", "The Information Technology team"),
        (Hr, "L'équipe des Ressources humaines", "The Human Resources team"),
        (Finance, "L'équipe des Finances", "The Finance team"),
        (Facilities, "L'équipe des Installations", "The Facilities team"),
        (Legal, "L'équipe des Affaires juridiques", "The Legal Affairs team"),
        (Communications, "L'équipe des Communications", "The Communications team"),
        (Procurement, "L'équipe de l'Approvisionnement", "The Procurement team"),
    ];

    /// <summary>The templates of one demo department.</summary>
    public static IReadOnlyList<MessageTemplate> For(string departmentId)
    {
        var team = Teams.First(t => t.Department == departmentId);
        return StandardMessages.For(team.Fr, team.En).Select(m => new MessageTemplate(m.Situation, m.Language, m.Text, 0)).ToArray();
    }

    /// <summary>Saves the missing demo templates of every demo department; returns how many it saved.</summary>
    public static async Task<int> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var saved = 0;
        foreach (var (department, _, _) in Teams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            saved += await grains.GetMessageLibrary(department).SeedAsync(For(department));
        }

        return saved;
    }
}
