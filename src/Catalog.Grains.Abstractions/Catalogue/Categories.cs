namespace Catalog.Catalogue;

/// <summary>The fixed, bilingual list of service categories. Ids are stored in entries: never rename one.</summary>
public static class Categories
{
    /// <summary>Every category, in display order.</summary>
    public static IReadOnlyList<Category> All { get; } =
    [
        new("hardware", new("Matériel informatique", "Hardware")),
        new("software", new("Logiciels", "Software")),
        new("access", new("Accès et comptes", "Access and accounts")),
        new("it-support", new("Soutien informatique", "IT support")),
        new("payroll", new("Paie", "Payroll")),
        new("hr-administration", new("Administration du personnel", "HR administration")),
        new("recruitment", new("Recrutement", "Recruitment")),
        new("training", new("Formation", "Training")),
        new("finance", new("Finances", "Finance")),
        new("procurement", new("Approvisionnement", "Procurement")),
        new("facilities", new("Installations et entretien", "Facilities and maintenance")),
        new("moving", new("Déménagements", "Moving")),
        new("legal", new("Services juridiques", "Legal services")),
        new("communications", new("Communications", "Communications")),
        new("translation", new("Traduction et révision", "Translation and editing")),
        new("events", new("Événements", "Events")),
    ];

    private static readonly HashSet<string> Ids = All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>True for the id of a category in the list.</summary>
    public static bool IsKnown(string? id) => id is not null && Ids.Contains(id);
}
