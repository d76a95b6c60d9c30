extern alias abstractions;
using abstractions::Catalog.Catalogue;
using Catalog.Catalogue;
using Catalog.Testing;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Fresh departments and a free service with an acknowledgement standard, for clusters on real tables.</summary>
internal static class TestParties
{
    /// <summary>A fresh department (Toronto hours).</summary>
    public static async Task<string> DepartmentAsync(IGrainFactory grains)
    {
        var id = "t" + Guid.NewGuid().ToString("N")[..12];
        await grains.GetCatalogueIndex().AddDepartmentAsync(new DepartmentDraft(id, new LocalizedText($"Département {id}", $"Department {id}"), "America/Toronto"));
        return id;
    }

    /// <summary>A free laptop-setup service of <paramref name="provider"/>, acknowledged in 4 business hours.</summary>
    public static async Task<string> LaptopServiceAsync(IGrainFactory grains, string provider)
    {
        var draft = new ServiceDraft(
            provider,
            "hardware",
            new LocalizedText("Préparation d'un portable", "Laptop setup"),
            new LocalizedText("Configuration d'un portable.", "Setting up a laptop."),
            Target.BusinessDays(5),
            Cost.Free,
            [new LocalizedText("Remplir le formulaire.", "Fill in the form.")],
            [new LocalizedText("Portable", "Laptop")],
            [],
            [],
            [new ServiceStandard(ClockKind.Acknowledgement, Target.BusinessHours(4), new LocalizedText("Accusé en 4 h.", "Acknowledged in 4 h."))]);
        return (await grains.GetService($"{provider}.laptop-setup").CreateAsync(draft)).Id;
    }
}
