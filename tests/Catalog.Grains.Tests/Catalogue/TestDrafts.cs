using Catalog.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

/// <summary>Valid drafts and fresh ids, so tests sharing a cluster never meet.</summary>
internal static class TestDrafts
{
    /// <summary>A department id no other test uses.</summary>
    public static string NewDepartmentId() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A valid department draft.</summary>
    public static DepartmentDraft Department(string id) =>
        new(id, new LocalizedText($"Département {id}", $"Department {id}"), "America/Toronto");

    /// <summary>Adds a fresh department to the catalogue and returns its id.</summary>
    public static async Task<string> AddDepartmentAsync(IGrainFactory grains)
    {
        var id = NewDepartmentId();
        await grains.GetCatalogueIndex().AddDepartmentAsync(Department(id));
        return id;
    }

    /// <summary>A valid draft for a laptop setup in <paramref name="departmentId"/>.</summary>
    public static ServiceDraft Service(string departmentId, string? fr = null, string? en = null) => new(
        departmentId,
        "hardware",
        new LocalizedText(fr ?? "Préparation d'un ordinateur portable", en ?? "Laptop setup"),
        new LocalizedText("Configuration et livraison d'un portable.", "Setting up and delivering a laptop."),
        Target.BusinessDays(5),
        Cost.Fixed(185m),
        [new LocalizedText("Remplir le formulaire.", "Fill in the form.")],
        [new LocalizedText("Ordinateur portable 14 po", "14-inch laptop")],
        [new LocalizedText("Numéro du centre de coûts", "Cost centre number")],
        [],
        [new ServiceStandard(ClockKind.Acknowledgement, Target.BusinessDays(1), new LocalizedText("Accusé en 24 h.", "Acknowledged in 24 h."))]);

    /// <summary>The id a test service gets in its department.</summary>
    public static string ServiceId(string departmentId, string slug = "laptop-setup") => $"{departmentId}.{slug}";
}
